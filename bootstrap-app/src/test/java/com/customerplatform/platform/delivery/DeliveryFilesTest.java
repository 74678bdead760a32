package com.customerplatform.platform.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What can be checked of compose.yaml and the Dockerfile without a Docker engine: the service's
 * environment names variables the application reads and the README documents, and the backing
 * services agree with the URLs the service is given.
 */
class DeliveryFilesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyVariableComposeSetsIsReadByTheApplicationAndDocumented() throws IOException {
        Set<String> read = variablesTheApplicationReads();
        String readme = Files.readString(ROOT.resolve("README.md"));

        for (String variable : appEnvironment().keySet()) {
            assertThat(read)
                    .as("%s is read by application.yaml or SeedEnvironmentVariables", variable)
                    .contains(variable);
            assertThat(readme)
                    .as("%s is in the README's configuration table", variable)
                    .contains("`" + variable + "`");
        }
    }

    @Test
    void theServiceIsGivenTheBackingServicesComposeStarts() throws IOException {
        Map<String, Object> services = services();
        @SuppressWarnings("unchecked")
        Map<String, String> postgres =
                (Map<String, String>) ((Map<String, Object>) services.get("postgres")).get("environment");
        Map<String, String> app = appEnvironment();

        assertThat(app.get("DATABASE_URL"))
                .isEqualTo("postgresql://%s:%s@postgres:5432/%s"
                        .formatted(
                                postgres.get("POSTGRES_USER"),
                                postgres.get("POSTGRES_PASSWORD"),
                                postgres.get("POSTGRES_DB")));
        assertThat(app.get("REDIS_URL")).startsWith("redis://redis:");
        assertThat(app.get("RABBITMQ_URL")).contains("@rabbitmq:5672");
        assertThat(services).containsKeys("postgres", "redis", "rabbitmq");
        @SuppressWarnings("unchecked")
        Map<String, Object> dependsOn =
                (Map<String, Object>) ((Map<String, Object>) services.get("app")).get("depends_on");
        assertThat(dependsOn)
                .as("health-gated start")
                .containsOnlyKeys("postgres", "redis", "rabbitmq")
                .allSatisfy(
                        (name, condition) -> assertThat(condition.toString()).contains("service_healthy"));
    }

    @Test
    void theImageRunsAsNonRootOnAJreWithSpringAotAndAnAotCacheAndChecksTheLivenessProbe() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));

        assertThat(dockerfile)
                .contains("FROM eclipse-temurin:25-jre", "USER app", "EXPOSE 8001", "/health/liveness", "--layers");
        assertThat(dockerfile)
                .as("the AOT cache is trained and used with the same JVM options")
                .contains("-XX:AOTCacheOutput=app.aot", "\"-XX:AOTCache=app.aot\"")
                .containsSubsequence("JAVA_TOOL_OPTIONS=", "-XX:AOTCacheOutput=app.aot", "USER app", "ENTRYPOINT");
        assertThat(dockerfile)
                .as("Spring AOT is on for the cache's training and at run time")
                .containsSubsequence("JAVA_TOOL_OPTIONS=", "-Dspring.aot.enabled=true", "-XX:AOTCacheOutput=app.aot");
    }

    @Test
    void theImageBuildCopiesEveryModulesPomAndBuildsTheConsole() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        Matcher modules =
                Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));

        while (modules.find()) {
            assertThat(dockerfile)
                    .as("the dependency layer sees module %s", modules.group(1))
                    .contains("COPY " + modules.group(1) + "/pom.xml " + modules.group(1) + "/");
        }
        assertThat(dockerfile).contains("FROM node:20", "COPY --from=console /console/dist admin-console/dist");
    }

    private Map<String, String> appEnvironment() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> app = (Map<String, Object>) services().get("app");
        @SuppressWarnings("unchecked")
        Map<String, String> environment = (Map<String, String>) app.get("environment");
        return environment;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("compose.yaml")));
        return (Map<String, Object>) compose.get("services");
    }

    /** {@code ${NAME:default}} placeholders of application.yaml and the seed names SeedEnvironmentVariables translates. */
    private static Set<String> variablesTheApplicationReads() throws IOException {
        Set<String> names = new HashSet<>();
        collect(
                Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]"),
                Files.readString(ROOT.resolve("bootstrap-app/src/main/resources/application.yaml")),
                names);
        collect(
                Pattern.compile("\"([A-Z][A-Z0-9_]*)\""),
                Files.readString(
                        ROOT.resolve(
                                "bootstrap-app/src/main/java/com/customerplatform/platform/config/SeedEnvironmentVariables.java")),
                names);
        return names;
    }

    private static void collect(Pattern pattern, String text, Set<String> names) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
    }
}
