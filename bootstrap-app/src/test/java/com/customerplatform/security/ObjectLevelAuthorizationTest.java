package com.customerplatform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.customerplatform.identity.TestAccounts.TestUser;
import com.customerplatform.security.ApiDocument.Operation;
import com.customerplatform.security.RequestBodies.Sender;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Broken object-level authorization (OWASP API1), generated from the OpenAPI document: every
 * operation that names a resource in its path is called by company A's admin and by a
 * {@code customer} of company A with the ids of company B's resources — each variable foreign in
 * turn while the others name A's own, so that "the note of another customer" is tried as well as
 * "another company's customer". Every attempt must be a 404 (as if the resource did not exist) or
 * a 403 (the role may never do it), and nothing of either company may change.
 */
class ObjectLevelAuthorizationTest extends ApiAbuseTest {

    /**
     * Operations reachable without a token by design: the URL is the permission. They are checked
     * to refuse a guessed capability instead.
     */
    private static final Map<String, String> CAPABILITY_URLS = Map.of(
            "GET /v1/customers/avatars/{fileName}",
                    "an <img> sends no token; the random file name is the capability (docs/security.md)",
            "GET /v1/customers/gdpr/exports/{token}",
                    "a signed, expiring export link that works without a token (docs/gdpr.md)");

    /**
     * Operations whose path variable names no company's resource: a sign-in provider, the same for
     * every company. ExternalSignInTest covers who may use them.
     */
    private static final Map<String, String> NOT_COMPANY_RESOURCES = Map.of(
            "GET /api/v1/auth/{provider}/login", "starts an external sign-in, before there is a caller",
            "GET /api/v1/auth/{provider}/callback", "completes an external sign-in in the browser that started it",
            "DELETE /api/v1/auth/me/identities/{provider}", "acts on the caller's own account only");

    /** A guess at each capability that must not open anything. */
    private static final Map<String, String> GUESSED_CAPABILITIES =
            Map.of("fileName", UUID.randomUUID() + ".png", "token", "eyJ1c2VyIjoiZ3Vlc3MifQ.c2lnbmF0dXJl");

    private static final AtomicInteger ATTEMPTS = new AtomicInteger();

    @AfterAll
    static void report() {
        System.out.printf("ObjectLevelAuthorizationTest: %d attempts on another company's resources%n", ATTEMPTS.get());
    }

    @TestFactory
    Stream<DynamicTest> noOperationReachesAnotherCompanysResource() throws Exception {
        ApiDocument api = apiDocument();
        Tenant home = tenant();
        Tenant foreign = tenant();
        // Deletions last: one that wrongly succeeded would leave the others nothing to reach.
        List<Operation> naming = api.operations().stream()
                .filter(operation -> !operation.pathVariables().isEmpty())
                .sorted(Comparator.comparing(
                                (Operation operation) -> operation.method().equals("DELETE"))
                        .thenComparing(Operation::key))
                .toList();
        assertThat(naming).as("operations with path variables").isNotEmpty();
        assertThat(naming.stream().map(Operation::key))
                .as("every exclusion names a real operation")
                .containsAll(CAPABILITY_URLS.keySet())
                .containsAll(NOT_COMPANY_RESOURCES.keySet());

        return naming.stream()
                .filter(operation -> !NOT_COMPANY_RESOURCES.containsKey(operation.key()))
                .flatMap(operation -> CAPABILITY_URLS.containsKey(operation.key())
                        ? Stream.of(dynamicTest(
                                operation.key() + " is public, " + CAPABILITY_URLS.get(operation.key())
                                        + ": a guessed one is refused",
                                () -> guessedCapability(operation)))
                        : Stream.of(
                                dynamicTest(
                                        operation.key() + " as company admin",
                                        () -> attempt(operation, "company A's admin", home.admin(), home, foreign)),
                                dynamicTest(
                                        operation.key() + " as customer user",
                                        () -> attempt(
                                                operation,
                                                "company A's customer user",
                                                home.customerUser(),
                                                home,
                                                foreign))));
    }

    private void attempt(Operation operation, String role, TestUser actor, Tenant home, Tenant foreign)
            throws Exception {
        List<Payload> payloads = RequestBodies.of(operation, new Sender(home, false));
        for (Map<String, String> variables : foreignCombinations(operation, home, foreign)) {
            for (Payload payload : payloads.isEmpty() ? Collections.<Payload>singletonList(null) : payloads) {
                String context = "%s %s as %s%s"
                        .formatted(
                                operation.method(),
                                operation.expand(variables),
                                role,
                                payload == null ? "" : " with " + payload);
                List<String> before = rows(home, foreign);

                HttpResponse<String> response =
                        call(operation.method(), operation.expand(variables), token(actor), payload, Map.of());
                ATTEMPTS.incrementAndGet();

                assertThat(response.statusCode())
                        .as("%s → %s", context, response.body())
                        .isIn(403, 404);
                assertProblem(response, context);
                assertThat(rows(home, foreign))
                        .as("companies A and B after " + context)
                        .isEqualTo(before);
            }
        }
    }

    /**
     * Each variable foreign in turn (in every spelling), the others A's own; and all of them
     * foreign. A variable without a foreign value fails: a new kind of resource needs one in
     * {@link Tenant#pathValues()}.
     */
    private static Set<Map<String, String>> foreignCombinations(Operation operation, Tenant home, Tenant foreign) {
        Map<String, List<String>> own = home.pathValues();
        Map<String, List<String>> theirs = foreign.pathValues();
        List<String> variables = operation.pathVariables();
        for (String variable : variables) {
            assertThat(theirs)
                    .as("a foreign value for {%s} of %s (add it to Tenant.pathValues())", variable, operation.key())
                    .containsKey(variable);
        }
        Set<Map<String, String>> combinations = new LinkedHashSet<>();
        for (String variable : variables) {
            for (String spelling : theirs.get(variable)) {
                Map<String, String> values = new LinkedHashMap<>();
                variables.forEach(other -> values.put(other, own.get(other).getFirst()));
                values.put(variable, spelling);
                combinations.add(values);
            }
        }
        Map<String, String> allForeign = new LinkedHashMap<>();
        variables.forEach(
                variable -> allForeign.put(variable, theirs.get(variable).getFirst()));
        combinations.add(allForeign);
        return combinations;
    }

    private void guessedCapability(Operation operation) throws Exception {
        Map<String, String> guesses = new LinkedHashMap<>();
        for (String variable : operation.pathVariables()) {
            assertThat(GUESSED_CAPABILITIES)
                    .as("a guess for {%s} of %s", variable, operation.key())
                    .containsKey(variable);
            guesses.put(variable, GUESSED_CAPABILITIES.get(variable));
        }
        String path = operation.expand(guesses);

        HttpResponse<String> response = call(operation.method(), path, null, null, Map.of());

        assertThat(response.statusCode()).as("%s → %s", path, response.body()).isEqualTo(404);
        assertProblem(response, path);
    }
}
