package com.customerplatform.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedEnvironmentVariablesTest {

    @Test
    void aJdbcUrlIsUsedAsItIs() {
        assertThat(SeedEnvironmentVariables.datasource("jdbc:postgresql://db:5432/customers?sslmode=require"))
                .containsExactly(
                        Map.entry("spring.datasource.url", "jdbc:postgresql://db:5432/customers?sslmode=require"));
    }

    @Test
    void aPostgresqlUrlIsSplitIntoUrlUserAndPassword() {
        assertThat(SeedEnvironmentVariables.datasource(
                        "postgresql://customer:s3cr%40t+x@customer-db:5433/customer_db?sslmode=disable"))
                .containsEntry(
                        "spring.datasource.url", "jdbc:postgresql://customer-db:5433/customer_db?sslmode=disable")
                .containsEntry("spring.datasource.username", "customer")
                .containsEntry("spring.datasource.password", "s3cr@t+x");
    }

    @Test
    void theSeedsAsyncpgAndShortSchemesAreAccepted() {
        assertThat(SeedEnvironmentVariables.datasource("postgresql+asyncpg://customer:pw@customer-db:5432/customer_db"))
                .containsEntry("spring.datasource.url", "jdbc:postgresql://customer-db:5432/customer_db");
        assertThat(SeedEnvironmentVariables.datasource("postgres://db/customers"))
                .containsEntry("spring.datasource.url", "jdbc:postgresql://db/customers")
                .doesNotContainKey("spring.datasource.username");
    }

    @Test
    void anotherDatabaseIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SeedEnvironmentVariables.datasource("mysql://db/customers"));
    }

    @Test
    void redisRabbitAndCorsVariablesMapToSpringProperties() {
        Map<String, String> env = Map.of(
                "REDIS_URL", "redis://redis:6379/1",
                "RABBITMQ_URL", "amqp://guest:guest@rabbit:5672/",
                "CORS_ORIGINS", "https://admin.example.com");

        assertThat(SeedEnvironmentVariables.translate(env::get))
                .containsEntry("spring.data.redis.url", "redis://redis:6379/1")
                .containsEntry("spring.rabbitmq.addresses", "amqp://guest:guest@rabbit:5672/")
                .containsEntry("platform.cors.allowed-origins", "https://admin.example.com");
    }

    @Test
    void nothingIsSetWhenTheVariablesAreAbsent() {
        assertThat(SeedEnvironmentVariables.translate(name -> null)).isEmpty();
    }
}
