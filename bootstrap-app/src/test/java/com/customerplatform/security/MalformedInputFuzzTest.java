package com.customerplatform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.customerplatform.identity.TestAccounts;
import com.customerplatform.security.ApiDocument.Operation;
import com.customerplatform.security.MalformedInputs.Mutation;
import com.customerplatform.security.MalformedInputs.Request;
import com.customerplatform.security.RequestBodies.Sender;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Malformed and hostile input against every operation of the OpenAPI document: broken JSON,
 * wrong types, oversized strings, deep nesting, unicode tricks, SQL and script injection, lying
 * or garbage headers, absurd path and query values ({@link MalformedInputs}). Whatever arrives,
 * the service answers below 500, every error is a problem document, no response shows a class,
 * package or SQL text, none takes long enough to suggest an injected {@code pg_sleep}, and a
 * refused write leaves the fuzzed company's rows as they were.
 *
 * <p>Cases come from a seeded {@link java.util.Random} rather than jqwik: jqwik 1.x is built on
 * JUnit Platform 1.x while Spring Boot 4.1 manages JUnit 6, and its maintainers ask, since 1.10,
 * that it not be used by AI coding agents, which wrote this suite. {@code -Dfuzz.tries=N} sets the
 * cases per operation (default 30, about half a minute for the class), {@code -Dfuzz.seed=S} the
 * seed (default fixed; {@code random} for a new one each run, printed to reproduce a failure).
 */
class MalformedInputFuzzTest extends ApiAbuseTest {

    private static final int TRIES = Integer.getInteger("fuzz.tries", 30);
    private static final long SEED = seed(System.getProperty("fuzz.seed", "20261123"));

    /** An injected pg_sleep(20) that ran would take 20 s; nothing legitimate takes near this. */
    private static final Duration SUSPICIOUSLY_SLOW = Duration.ofSeconds(8);

    /** What a response must never contain (unless the request sent it): internals of the service. */
    private static final List<String> LEAK_MARKERS = List.of(
            "org.",
            "java.",
            "javax.",
            "jakarta.",
            "com.customerplatform",
            "tools.jackson",
            "com.fasterxml",
            "Exception",
            "\tat ",
            "Caused by",
            "SQLSTATE",
            "SQL state",
            "syntax error",
            "jooq",
            "jOOQ",
            "PSQL",
            "postgresql",
            "Hikari",
            "relation \"");

    private static final String SIGN_OUT = "POST /api/v1/auth/logout";

    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static long started;

    @BeforeAll
    static void startClock() {
        started = System.nanoTime();
    }

    @AfterAll
    static void report() {
        System.out.printf(
                "[drill] malformed-input fuzz: %d requests, %d tries per operation, seed %d, %d s%n",
                REQUESTS.get(),
                TRIES,
                SEED,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    /**
     * The cases are generated from the document, so it must list what clients send: the caller
     * comes from the token, not an {@code actor} parameter, and {@code /error} is no operation.
     */
    @Test
    void theDocumentListsOnlyWhatClientsSend() throws Exception {
        List<Operation> operations = apiDocument().operations();

        assertThat(operations.stream().flatMap(operation -> operation.parameters().stream()))
                .extracting(ApiDocument.Parameter::name)
                .isNotEmpty()
                .doesNotContain("actor");
        assertThat(operations).extracting(Operation::path).doesNotContain("/error");
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotFound() throws Exception {
        for (String method : List.of("GET", "POST", "DELETE")) {
            HttpResponse<String> response = call(method, "/error", null, null, Map.of());

            assertThat(response.statusCode()).as(method).isEqualTo(404);
            assertProblem(response, method + " /error");
        }
    }

    @TestFactory
    Stream<DynamicTest> malformedInputIsRefusedCleanly() throws Exception {
        ApiDocument api = apiDocument();
        Tenant fuzzed = tenant();
        String token = token(fuzzed.admin());
        // Each profile may be patched only so often a minute: spread the cases over enough of them.
        List<String> profiles = new ArrayList<>(List.of(fuzzed.customerId().toString()));
        for (int i = 0; i < TRIES / 10; i++) {
            profiles.add(createdId(postJson("/v1/customers", token, Map.of("full_name", "Fuzz Target " + i)))
                    .toString());
        }
        // Deletions and erasure last, so that the others still find what they are about.
        List<Operation> operations = api.operations().stream()
                .sorted(Comparator.comparing(MalformedInputFuzzTest::destroys).thenComparing(Operation::key))
                .toList();
        assertThat(operations).isNotEmpty();

        return operations.stream()
                .map(operation -> dynamicTest(operation.key(), () -> fuzz(operation, fuzzed, token, profiles)));
    }

    private void fuzz(Operation operation, Tenant fuzzed, String token, List<String> profiles) throws Exception {
        Random random = new Random(SEED ^ operation.key().hashCode());
        MalformedInputs inputs = new MalformedInputs(random, json);
        List<String> failures = new ArrayList<>();
        boolean signsOut = operation.key().equals(SIGN_OUT);
        // Signing out ends the session it is sent with: that operation gets sessions of its own.
        String caller = signsOut ? signIn(fuzzed) : token;
        for (int i = 0; i < TRIES; i++) {
            Request base = request(operation, fuzzed, caller, profiles.get(i % profiles.size()));
            Mutation mutation = inputs.mutate(operation, base, caller);
            Request request = mutation.request();
            List<String> before = operation.writes() ? rows(fuzzed) : List.of();
            long sent = System.nanoTime();

            HttpResponse<String> response =
                    call(request.method(), request.target(), null, request.payload(), request.headers());
            REQUESTS.incrementAndGet();

            Duration took = Duration.ofNanos(System.nanoTime() - sent);
            String context = describe(mutation, i, caller);
            for (String problem : problemsWith(response, request, took)) {
                failures.add(problem + "\n    " + context + "\n    → " + response.statusCode() + " "
                        + abbreviate(response.body()));
            }
            if (operation.writes() && response.statusCode() >= 400 && !before.equals(rows(fuzzed))) {
                failures.add("a refused write changed the company's rows\n    " + context);
            }
            awaitProfileOfNewCustomerUser(response);
            if (signsOut && response.statusCode() < 300) {
                caller = signIn(fuzzed);
            }
        }
        assertThat(failures).as("failures of %s", operation.key()).isEmpty();
    }

    private String signIn(Tenant fuzzed) throws Exception {
        return login(fuzzed.customerUser().username(), TestAccounts.PASSWORD);
    }

    /** The case, enough to reproduce it: kind, seed and try, and the request (without the usual token). */
    private static String describe(Mutation mutation, int attempt, String caller) {
        Request request = mutation.request();
        return "[%s, seed %d, try %d] %s %s %s %s"
                .formatted(
                        mutation.kind(),
                        SEED,
                        attempt,
                        request.method(),
                        abbreviate(request.target()),
                        request.headers().entrySet().stream()
                                .filter(header -> !header.getKey().equals("Authorization")
                                        || !header.getValue().equals("Bearer " + caller))
                                .toList(),
                        request.payload());
    }

    /**
     * A new user with role customer gets its profile asynchronously (an event); wait for it, or it
     * lands between a later case's before and after and looks like a refused write that wrote.
     */
    private void awaitProfileOfNewCustomerUser(HttpResponse<String> response) {
        if (response.statusCode() != 201 || !response.uri().getPath().equals("/api/v1/users")) {
            return;
        }
        JsonNode user = body(response);
        if (user.path("role").asString("").equals("customer")) {
            UUID uuid = UUID.fromString(user.get("uuid").asString());
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> jdbc.queryForObject(
                                    "SELECT count(*) FROM customer.customers WHERE user_id = ?", Integer.class, uuid)
                            == 1);
        }
    }

    /** What is wrong with a response to malformed input; nothing, ideally. */
    private List<String> problemsWith(HttpResponse<String> response, Request request, Duration took) {
        List<String> problems = new ArrayList<>();
        if (response.statusCode() >= 500) {
            problems.add("server error");
        }
        if (took.compareTo(SUSPICIOUSLY_SLOW) > 0) {
            problems.add("took " + took.toMillis() + " ms");
        }
        if (response.statusCode() >= 400) {
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                problems.add("not a problem document: " + response.headers().firstValue("Content-Type"));
            } else {
                try {
                    JsonNode problem = body(response);
                    if (problem.path("status").asInt(-1) != response.statusCode()
                            || problem.path("error_code").asString("").isBlank()) {
                        problems.add("problem without matching status or error_code");
                    }
                } catch (RuntimeException unreadable) {
                    problems.add("problem document is not JSON");
                }
            }
        }
        String sent = request.target() + " " + request.headers() + " "
                + (request.payload() == null ? "" : new String(request.payload().bytes(), StandardCharsets.UTF_8));
        for (String marker : LEAK_MARKERS) {
            if (response.body().contains(marker) && !sent.contains(marker)) {
                problems.add("leaks '" + marker + "'");
            }
        }
        return problems;
    }

    /** A well-formed call of the operation by the fuzzed company's admin, on its own resources. */
    private static Request request(Operation operation, Tenant fuzzed, String token, String profile) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String variable : operation.pathVariables()) {
            variables.put(
                    variable,
                    switch (variable) {
                        case "customerId" -> profile;
                        case "fileName" -> UUID.randomUUID() + ".png";
                        case "token" -> "eyJ1c2VyIjoiZnV6eiJ9.c2lnbmF0dXJl";
                        // No provider is configured in this context: each call is refused as unknown.
                        case "provider" -> "google";
                        default -> {
                            assertThat(fuzzed.pathValues())
                                    .as("a value for {%s} of %s", variable, operation.key())
                                    .containsKey(variable);
                            yield fuzzed.pathValues().get(variable).getFirst();
                        }
                    });
        }
        List<Payload> payloads = RequestBodies.of(operation, new Sender(fuzzed, false));
        return new Request(
                operation.method(),
                operation.expand(variables),
                Map.of(),
                Map.of("Authorization", "Bearer " + token),
                payloads.isEmpty() ? null : payloads.get(Math.floorMod(profile.hashCode(), payloads.size())));
    }

    private static boolean destroys(Operation operation) {
        return operation.method().equals("DELETE") || operation.path().endsWith("/erase");
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…(" + text.length() + " chars)" : text;
    }

    private static long seed(String value) {
        if (value.equals("random")) {
            return new Random().nextLong();
        }
        return Long.parseLong(value);
    }
}
