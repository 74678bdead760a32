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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The image's start, followed without a Docker engine: the packaged jar extracted as the Dockerfile
 * extracts it, its JDK AOT cache trained by the Dockerfile's own training command and environment,
 * then the service started by its ENTRYPOINT with its JAVA_TOOL_OPTIONS in the Helm chart's memory
 * limit (-XX:MaxRAM, which sizes the heap as a container's limit does), against the same services as
 * the other integration tests. It must use the cache (-XX:AOTMode=on fails the start otherwise),
 * start from Spring AOT's generated bean definitions, get ready and answer. Runs after packaging
 * (Maven's integration-test phase). The services' addresses are those of
 * application-test-services.yaml unless the environment sets them.
 */
class ImageStartIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path JAR = Path.of("target", "customer-platform.jar").toAbsolutePath();
    private static final Duration TRAINING_WITHIN = Duration.ofMinutes(3);
    private static final Duration READY_WITHIN = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path work;

    @Test
    void theImagesRecipeTrainsACacheThatTheServiceStartsFromWithinTheChartsMemoryLimit() throws Exception {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        Map<String, String> imageEnvironment = imageEnvironment(dockerfile);
        Path app = work.resolve("app");
        run(
                List.of(java(), "-Djarmode=tools", "-jar", JAR.toString(), "extract", "--destination", app.toString()),
                work,
                Map.of(),
                Duration.ofMinutes(1));

        trainTheCache(dockerfile, imageEnvironment, app);

        int port = freePort();
        Path log = work.resolve("service.log");
        Process service = start(command(entrypoint(dockerfile)), app, serviceEnvironment(imageEnvironment, port), log);
        try {
            assertThat(awaitReady(service, port))
                    .as("ready; its log: %s", Files.readString(log))
                    .isTrue();

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

    private void trainTheCache(String dockerfile, Map<String, String> imageEnvironment, Path app)
            throws IOException, InterruptedException {
        Training training = training(dockerfile);
        Map<String, String> environment = new LinkedHashMap<>(imageEnvironment);
        environment.putAll(training.environment());
        environment.put("PORT", Integer.toString(freePort()));
        environment.put("AVATAR_STORAGE_PATH", work.resolve("training-avatars").toString());
        run(command(training.arguments()), app, environment, TRAINING_WITHIN);
        assertThat(app.resolve("app.aot")).as("the trained cache").isNotEmptyFile();
    }

    /** The image's environment in the chart's memory limit, with the test services. */
    private Map<String, String> serviceEnvironment(Map<String, String> imageEnvironment, int port) throws IOException {
        Map<String, String> environment = new LinkedHashMap<>(imageEnvironment);
        environment.put(
                "JAVA_TOOL_OPTIONS",
                imageEnvironment.get("JAVA_TOOL_OPTIONS") + " -XX:MaxRAM=" + chartMemoryLimit() + " -XX:AOTMode=on");
        environment.put("PORT", Integer.toString(port));
        environment.put(
                "SPRING_DATASOURCE_URL",
                testService("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/customer_platform_test"));
        environment.put("SPRING_RABBITMQ_HOST", testService("SPRING_RABBITMQ_HOST", "127.0.0.1"));
        environment.put("REDIS_URL", testService("REDIS_URL", "redis://127.0.0.1:6379/0"));
        // Apart from a development instance's avatars and order queue, as in application-test.yaml.
        environment.put(
                "AVATAR_STORAGE_PATH",
                Files.createDirectory(work.resolve("avatars")).toString());
        environment.put("ORDERS_QUEUE", "customer-platform.test.orders");
        return environment;
    }

    /** The variables of the final stage's ENV instruction. */
    private static Map<String, String> imageEnvironment(String dockerfile) {
        Matcher instruction = Pattern.compile("(?m)^ENV ((?:.*\\\\\\n)*.*)$").matcher(dockerfile);
        assertThat(instruction.find()).as("the Dockerfile's ENV").isTrue();
        Map<String, String> variables = new LinkedHashMap<>();
        Matcher variable = Pattern.compile("([A-Z_]+)=(\"[^\"]*\"|\\S+)").matcher(instruction.group(1));
        while (variable.find()) {
            variables.put(variable.group(1), variable.group(2).replace("\"", ""));
        }
        assertThat(variables).containsKey("JAVA_TOOL_OPTIONS");
        return variables;
    }

    private record Training(Map<String, String> environment, List<String> arguments) {}

    /** The RUN that trains the cache: its variables and the java command's arguments. */
    private static Training training(String dockerfile) {
        Matcher run = Pattern.compile(
                        "RUN ((?:[A-Z_]+=\\S+\\s+(?:\\\\\\s+)?)*)java ([^>;]*-XX:AOTCacheOutput[^>;]*?)\\s*>")
                .matcher(dockerfile);
        assertThat(run.find()).as("the Dockerfile's training RUN").isTrue();
        Map<String, String> environment = new LinkedHashMap<>();
        for (String assignment : run.group(1).replace("\\", " ").trim().split("\\s+")) {
            String[] parts = assignment.split("=", 2);
            environment.put(parts[0], parts[1]);
        }
        return new Training(environment, List.of(run.group(2).trim().split("\\s+")));
    }

    /** The ENTRYPOINT's arguments after "java". */
    private static List<String> entrypoint(String dockerfile) {
        Matcher entrypoint =
                Pattern.compile("(?m)^ENTRYPOINT \\[\"java\", (.*)]$").matcher(dockerfile);
        assertThat(entrypoint.find()).as("the Dockerfile's ENTRYPOINT").isTrue();
        return Arrays.stream(entrypoint.group(1).split(",\\s*"))
                .map(argument -> argument.replace("\"", ""))
                .toList();
    }

    /** resources.limits.memory of the Helm chart's values, in the JVM's notation (512Mi: 512m). */
    @SuppressWarnings("unchecked")
    private static String chartMemoryLimit() throws IOException {
        Map<String, Object> values =
                new Yaml().load(Files.readString(ROOT.resolve("deploy/helm/customer-platform/values.yaml")));
        Map<String, Object> limits =
                (Map<String, Object>) ((Map<String, Object>) values.get("resources")).get("limits");
        String memory = limits.get("memory").toString();
        assertThat(memory).matches("\\d+Mi");
        return memory.replace("Mi", "m");
    }

    private static String testService(String variable, String localDefault) {
        String configured = System.getenv(variable);
        return configured != null ? configured : localDefault;
    }

    private static List<String> command(List<String> javaArguments) {
        List<String> command = new ArrayList<>(javaArguments.size() + 1);
        command.add(java());
        command.addAll(javaArguments);
        return command;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Process start(List<String> command, Path directory, Map<String, String> environment, Path log)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Runs a command to its end; its exit code is not asserted (the training ends on a refused connection). */
    private void run(List<String> command, Path directory, Map<String, String> environment, Duration within)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(work, "run", ".log");
        Process process = start(command, directory, environment, log);
        if (!process.waitFor(within.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(
                    "%s took longer than %s; its log: %s".formatted(command, within, Files.readString(log)));
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
