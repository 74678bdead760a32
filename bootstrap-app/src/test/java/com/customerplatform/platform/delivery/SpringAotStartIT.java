package com.customerplatform.platform.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar started the way the image starts it, with Spring AOT's generated bean
 * definitions (-Dspring.aot.enabled=true), against the same services as the other integration
 * tests: it gets ready and answers. Runs after packaging (Maven's integration-test phase), since the
 * generated code exists only from then on. The services' addresses are those of
 * application-test-services.yaml unless the environment sets them.
 */
class SpringAotStartIT {

    private static final Path JAR = Path.of("target", "customer-platform.jar");
    private static final Duration READY_WITHIN = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void thePackagedServiceStartsFromItsAotProcessedContextAndServes() throws Exception {
        int port = freePort();
        Path log = Files.createTempFile("spring-aot-start", ".log");
        ProcessBuilder java = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dspring.aot.enabled=true",
                        "-jar",
                        JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = java.environment();
        environment.put("PORT", Integer.toString(port));
        environment.putIfAbsent("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/customer_platform_test");
        environment.putIfAbsent("SPRING_RABBITMQ_HOST", "127.0.0.1");
        environment.putIfAbsent("REDIS_URL", "redis://127.0.0.1:6379/0");
        // Apart from a development instance's avatars and order queue, as in application-test.yaml.
        environment.put(
                "AVATAR_STORAGE_PATH",
                Files.createTempDirectory("spring-aot-start-avatars").toString());
        environment.put("ORDERS_QUEUE", "customer-platform.test.orders");
        Process service = java.start();
        try {
            assertThat(awaitReady(service, port)).as("ready; its log: %s", log).isTrue();

            assertThat(Files.readString(log))
                    .as("started from the generated bean definitions")
                    .contains("Starting AOT-processed CustomerPlatformApplication");
            HttpResponse<String> anonymous = get(port, "/api/v1/auth/me");
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

    private boolean awaitReady(Process service, int port) throws InterruptedException {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (service.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                if (get(port, "/health/readiness").statusCode() == 200) {
                    return true;
                }
            } catch (IOException notListeningYet) {
                // the port opens once the context is refreshed
            }
            Thread.sleep(200);
        }
        return false;
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
