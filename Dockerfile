# syntax=docker/dockerfile:1
# The service as a container image: built with the Maven wrapper, run on a JRE 25 as a non-root
# user from Spring Boot's layers (dependencies change less often than the application).
#   docker build -t customer-platform .
#   docker compose up          (compose.yaml: the service with PostgreSQL, Redis and RabbitMQ)

# The staff console (admin-console/) needs node, which the JDK image has not.
FROM node:20-bookworm-slim AS console
WORKDIR /console
COPY admin-console/package.json admin-console/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY admin-console/ ./
RUN npm run build

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
# The POMs first, so that dependencies are cached as long as no POM changes.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY shared-kernel/pom.xml shared-kernel/
COPY gdpr-module/pom.xml gdpr-module/
COPY company-module/pom.xml company-module/
COPY identity-module/pom.xml identity-module/
COPY customer-module/pom.xml customer-module/
COPY admin-console/pom.xml admin-console/
COPY bootstrap-app/pom.xml bootstrap-app/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q dependency:go-offline -DexcludeGroupIds=com.customerplatform || true
COPY . .
COPY --from=console /console/dist admin-console/dist
RUN --mount=type=cache,target=/root/.m2 CONSOLE_PREBUILT=true ./mvnw -B -q -DskipTests package \
 && java -Djarmode=tools -jar bootstrap-app/target/customer-platform.jar extract --layers --destination /extracted

FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home app \
 && mkdir -p /data/avatars && chown app:app /data/avatars
WORKDIR /app
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
ENV PORT=8001 \
    AVATAR_STORAGE_PATH=/data/avatars \
    SPRING_PROFILES_ACTIVE=prod \
    JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -XX:NewRatio=1 -XX:InitialRAMPercentage=12.5 -XX:MaxRAMPercentage=35 -XX:ReservedCodeCacheSize=48m -XX:SweeperThreshold=50 -Xss512k -XX:MaxDirectMemorySize=32m -Dspring.aot.enabled=true"
# Spring AOT (-Dspring.aot.enabled=true above: the bean definitions the build generated as code) and
# a JDK AOT cache (JEP 483, 514) of the classes start-up loads and links (docs/performance.md).
# Trained here without a database: Liquibase is told not to run, and the run stops where the context
# first needs a connection (the event registry asks for the database's type); what was loaded until
# then is cached. The same JVM options as at run time, as they must be, except for the metaspace cap
# in ENTRYPOINT: assembling the cache needs more. The initial heap must hold the cache's archived
# objects, or the JVM refuses to start: the default, 1/64 of a 512 MiB limit, is too small for them.
# SweeperThreshold: a full collection per 24 MiB of new compiled code instead of per 7.2 MiB (15 % of
# the capped cache), docs/performance.md. NewRatio=1: a young generation as large as the old, a third
# fewer collections under load and 8 % more requests served (same place). ImageStartIT follows these
# steps without Docker.
RUN SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:1/none SPRING_RABBITMQ_PORT=1 SPRING_LIQUIBASE_ENABLED=false \
    java -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar customer-platform.jar >/dev/null 2>&1; \
    test -s app.aot
USER app
EXPOSE 8001
VOLUME /data/avatars
# bash's /dev/tcp: the JRE image needs no curl for the check.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${PORT} && printf "GET /health/liveness HTTP/1.0\r\n\r\n" >&3 && head -1 <&3 | grep -q " 200 "'
ENTRYPOINT ["java", "-XX:MaxMetaspaceSize=128m", "-XX:AOTCache=app.aot", "-jar", "customer-platform.jar"]
