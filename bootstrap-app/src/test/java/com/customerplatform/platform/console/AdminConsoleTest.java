package com.customerplatform.platform.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.customerplatform.PlatformIntegrationTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * The staff console as the service serves it: its page at every browser route, and the
 * end-to-end walk of admin-console/e2e (Playwright driving Debian's Chromium) against this very
 * service. Skipped, saying why, where the console was not built (no node) or no Chromium is
 * installed; .ci/run installs Chromium.
 */
class AdminConsoleTest extends PlatformIntegrationTest {

    static final Path CONSOLE = Path.of("..", "admin-console");
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    @LocalServerPort
    int servicePort;

    @Test
    void everyConsoleRouteLoadsTheConsolePageUnderItsOwnPolicyAndMissingFilesStay404() throws Exception {
        assumeConsoleBuilt();

        assertThat(get("/console").statusCode()).isEqualTo(302);
        for (String route : new String[] {"/console/", "/console/customers", "/console/customers/4f1c/notes"}) {
            HttpResponse<String> page = get(route);
            assertThat(page.statusCode()).as(route).isEqualTo(200);
            assertThat(page.body()).as(route).contains("<div id=\"root\">");
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .as("its own files only")
                    .hasValue("default-src 'self'; frame-ancestors 'none'");
        }
        assertThat(get("/console/assets/missing.js").statusCode()).isEqualTo(404);
    }

    @Test
    void theEndToEndWalkPassesAgainstThisService() throws Exception {
        assumeConsoleBuilt();
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + ": apt-get install chromium");
        assumeTrue(Files.isDirectory(CONSOLE.resolve("node_modules")), "admin-console/node_modules missing");
        Path log = Path.of("target", "console-e2e.log").toAbsolutePath();
        ProcessBuilder npm = new ProcessBuilder("npm", "run", "e2e")
                .directory(CONSOLE.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        npm.environment().put("CONSOLE_BASE_URL", "http://127.0.0.1:" + servicePort);
        npm.environment().put("CONSOLE_ADMIN_USERNAME", ADMIN_USERNAME);
        npm.environment().put("CONSOLE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        npm.environment().put("CHROMIUM_PATH", CHROMIUM.toString());
        // The committed screenshots in docs/console are made on purpose, not by every build.
        npm.environment()
                .put(
                        "CONSOLE_SCREENSHOT_DIR",
                        Path.of("target", "console-screenshots")
                                .toAbsolutePath()
                                .toString());
        Process walk = npm.start();
        boolean finished = walk.waitFor(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            walk.destroyForcibly();
        }

        assertThat(finished).as("the walk ends within 5 minutes (log: %s)", log).isTrue();
        assertThat(walk.exitValue())
                .as("the walk's log (%s):%n%s", log, Files.readString(log))
                .isZero();
    }

    private static void assumeConsoleBuilt() throws IOException {
        assumeTrue(
                new ClassPathResource("META-INF/resources/console/index.html").exists(),
                "the console was not built (no node >= 20.19 with npm): see admin-console/build-console");
    }
}
