package com.customerplatform.platform.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Accepts the environment variables the original services were deployed with ({@code DATABASE_URL},
 * {@code REDIS_URL}, {@code RABBITMQ_URL}, {@code CORS_ORIGINS}) and translates them into Spring
 * properties, just above the system environment: an explicit Spring property
 * ({@code SPRING_DATASOURCE_URL}, …) still wins.
 */
public class SeedEnvironmentVariables implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "seedEnvironmentVariables";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = translate(environment::getProperty);
        boolean redisConfigured = properties.containsKey("spring.data.redis.url")
                || environment.containsProperty("spring.data.redis.url")
                || environment.containsProperty("spring.data.redis.host");
        // Without Redis the service keeps its rate limits and revocations in process (RedisMode).
        properties.put(RedisMode.PROPERTY, redisConfigured ? RedisMode.REDIS.name() : RedisMode.IN_PROCESS.name());
        environment
                .getPropertySources()
                .addAfter(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new MapPropertySource(SOURCE_NAME, properties));
    }

    static Map<String, Object> translate(Function<String, String> env) {
        Map<String, Object> properties = new LinkedHashMap<>();
        String databaseUrl = env.apply("DATABASE_URL");
        if (hasText(databaseUrl)) {
            properties.putAll(datasource(databaseUrl.strip()));
        }
        String redisUrl = env.apply("REDIS_URL");
        if (hasText(redisUrl)) {
            properties.put("spring.data.redis.url", redisUrl.strip());
        }
        String rabbitUrl = env.apply("RABBITMQ_URL");
        if (hasText(rabbitUrl)) {
            properties.put("spring.rabbitmq.addresses", rabbitUrl.strip());
        }
        String corsOrigins = env.apply("CORS_ORIGINS");
        if (corsOrigins != null) {
            properties.put("platform.cors.allowed-origins", corsOrigins.strip());
        }
        return properties;
    }

    /**
     * {@code jdbc:postgresql://…} is used as it is; {@code postgresql://user:pass@host:port/db}
     * (also {@code postgres://} and SQLAlchemy's {@code postgresql+asyncpg://}) is split into URL,
     * user and password.
     */
    static Map<String, Object> datasource(String databaseUrl) {
        if (databaseUrl.startsWith("jdbc:")) {
            return Map.of("spring.datasource.url", databaseUrl);
        }
        URI uri = URI.create(databaseUrl);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (!scheme.equals("postgres") && !scheme.startsWith("postgresql")) {
            throw new IllegalArgumentException(
                    "DATABASE_URL must be jdbc:postgresql://… or postgresql://user:pass@host:port/db");
        }
        StringBuilder jdbcUrl = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
        if (uri.getPort() > 0) {
            jdbcUrl.append(':').append(uri.getPort());
        }
        jdbcUrl.append(uri.getRawPath());
        if (uri.getRawQuery() != null) {
            jdbcUrl.append('?').append(uri.getRawQuery());
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", jdbcUrl.toString());
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            properties.put("spring.datasource.username", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                properties.put("spring.datasource.password", decode(userInfo.substring(colon + 1)));
            }
        }
        return properties;
    }

    private static String decode(String value) {
        // In a URI's user info '+' is a literal plus, not an encoded space.
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
