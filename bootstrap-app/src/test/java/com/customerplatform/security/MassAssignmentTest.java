package com.customerplatform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.customerplatform.security.ApiDocument.Operation;
import com.customerplatform.security.RequestBodies.Sender;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * Mass assignment (OWASP API3), generated from the OpenAPI document: every JSON body an operation
 * takes — both kinds of customer patch included — gets each server-owned member added with the
 * value an attacker would want (another company's ids, a superuser flag, a role, order figures,
 * timestamps). Sent by a {@code customer} user, a company admin and a superuser, each acting on
 * its own account and company, each attempt must be refused with a problem that concerns that
 * member (or, for a company user, a 403 for the whole action), and neither company may change.
 * What an actor may set by design is listed in {@link #AUTHORIZED} with its reason.
 */
class MassAssignmentTest extends ApiAbuseTest {

    /** Members a client may legitimately set, by actor and operation, from docs/api.md. */
    private static final Map<String, Set<String>> AUTHORIZED = Map.of(
            // Admins create their company's accounts with any role and activity (docs/api.md#users).
            "admin POST /api/v1/users", Set.of("role", "is_active", "is_staff"),
            // Platform operators create any account, superusers included, in any company.
            "superuser POST /api/v1/users", Set.of("role", "is_active", "is_staff", "is_superuser", "company_id"),
            // Operators may choose a new company's business key.
            "superuser POST /api/v1/companies", Set.of("company_id"),
            // Operators move a company through its status lifecycle.
            "superuser PUT /api/v1/companies/{companyId}", Set.of("status"),
            // A profile may belong to any platform user: one person is a customer of several businesses
            // (docs/gdpr.md); the business is the admin's own.
            "admin POST /v1/customers", Set.of("user_id"),
            // Operators keep profiles in any business.
            "superuser POST /v1/customers", Set.of("business_id", "user_id"),
            // Operators deactivate catalogue entries.
            "superuser PUT /api/v1/document-types/{code}", Set.of("active"),
            // The subject of an export or an erasure is the request itself; operators act for anyone (docs/gdpr.md).
            "superuser POST /v1/customers/gdpr/export", Set.of("user_id"),
            "superuser POST /v1/customers/gdpr/erase", Set.of("user_id"));

    /** Other names a field is accepted under, which refusals may use instead: the seed's {@code active}. */
    private static final Map<String, String> ALIASES = Map.of("active", "is_active");

    /** Patches per profile a minute stay under the test profile's patch rate (12/minute). */
    private static final int PATCHES_PER_PROFILE = 10;

    private static final String MULTIPART_REASON = "a multipart upload has one file part and no members";

    private static final AtomicInteger ATTEMPTS = new AtomicInteger();

    private UUID patchTarget;
    private int patchesOfTarget;

    @AfterAll
    static void report() {
        System.out.printf("MassAssignmentTest: %d injections refused%n", ATTEMPTS.get());
    }

    @TestFactory
    Stream<DynamicTest> serverOwnedMembersCannotBeSet() throws Exception {
        ApiDocument api = apiDocument();
        Tenant home = tenant();
        Tenant foreign = tenant();
        List<Actor> actors = List.of(
                new Actor("customer", home.customerUser().uuid(), token(home.customerUser()), false),
                new Actor("admin", home.admin().uuid(), token(home.admin()), false),
                new Actor("superuser", superuserId(), superuserToken(), true));
        List<Operation> writes =
                api.operations().stream().filter(Operation::takesBody).toList();
        assertThat(writes).as("operations with a body").isNotEmpty();
        assertThat(writes.stream().map(Operation::key))
                .as("every body RequestBodies knows belongs to a real operation")
                .containsAll(RequestBodies.operations());

        return actors.stream()
                .flatMap(actor -> writes.stream()
                        .map(operation -> dynamicTest(
                                operation.key() + " as " + actor.name(),
                                () -> injectEveryMember(operation, actor, home, foreign))));
    }

    private void injectEveryMember(Operation operation, Actor actor, Tenant home, Tenant foreign) throws Exception {
        Set<String> authorized = AUTHORIZED.getOrDefault(actor.name() + " " + operation.key(), Set.of());
        List<Payload> bases = RequestBodies.of(operation, new Sender(home, actor.superuser())).stream()
                .filter(base -> !base.contentType().startsWith(RequestBodies.MULTIPART))
                .toList();
        if (bases.isEmpty()) {
            System.out.printf("%s: skipped, %s%n", operation.key(), MULTIPART_REASON);
            return;
        }
        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<String, Object> member : hostileValues(foreign).entrySet()) {
            if (authorized.contains(member.getKey())) {
                continue;
            }
            for (Payload base : bases) {
                Payload injected = inject(base, member.getKey(), member.getValue());
                String path = operation.expand(pathValues(operation, actor, home));
                String context = "%s %s as %s with %s".formatted(operation.method(), path, actor.name(), injected);
                List<String> before = rows(home, foreign);

                HttpResponse<String> response = call(operation.method(), path, actor.token(), injected, Map.of());
                ATTEMPTS.incrementAndGet();

                softly.assertThat(response.statusCode())
                        .as("%s → %s", context, response.body())
                        .isBetween(400, 499);
                if (response.statusCode() >= 400 && response.statusCode() < 500) {
                    JsonNode problem = assertProblem(response, context);
                    softly.assertThat(concerns(problem, response.statusCode(), actor, member))
                            .as("the refusal of %s concerns %s: %s", context, member.getKey(), response.body())
                            .isTrue();
                }
                softly.assertThat(rows(home, foreign))
                        .as("companies A and B after " + context)
                        .isEqualTo(before);
            }
        }
        softly.assertAll();
    }

    /**
     * The refusal is about the injected member: it names it (as a field, a JSON pointer or in the
     * detail) or its value (another company's key); or, for a company user, the whole action is
     * forbidden to its role. A superuser may do everything, so its refusals must name the member.
     */
    private static boolean concerns(JsonNode problem, int status, Actor actor, Map.Entry<String, Object> member) {
        String field = ALIASES.getOrDefault(member.getKey(), member.getKey());
        Pattern name = Pattern.compile(
                "(^|[^a-z_])(" + Pattern.quote(member.getKey()) + "|" + Pattern.quote(field) + ")([^a-z_]|$)");
        boolean namedField = problem.path("errors")
                .valueStream()
                .map(error -> error.path("field").asString(""))
                .anyMatch(named -> named.equals(member.getKey()) || named.equals("/" + member.getKey()));
        String detail = problem.path("detail").asString("");
        return namedField
                || name.matcher(detail).find()
                || (member.getValue() instanceof String value && value.length() >= 8 && detail.contains(value))
                || (!actor.superuser() && status == 403);
    }

    private Payload inject(Payload base, String member, Object value) {
        if (base.contentType().equals(RequestBodies.JSON_PATCH)) {
            List<Object> operations =
                    new ArrayList<>(json.readValue(base.text(), new TypeReference<List<Object>>() {}));
            operations.add(Map.of("op", "add", "path", "/" + member, "value", value));
            return Payload.of(base.contentType(), json.writeValueAsString(operations));
        }
        Map<String, Object> object =
                new LinkedHashMap<>(json.readValue(base.text(), new TypeReference<Map<String, Object>>() {}));
        object.put(member, value);
        return Payload.of(base.contentType(), json.writeValueAsString(object));
    }

    /** The actor's own account and company; patches go to a new profile every few, as each may be patched only so often. */
    private Map<String, String> pathValues(Operation operation, Actor actor, Tenant home) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        for (String variable : operation.pathVariables()) {
            String value = switch (variable) {
                case "userId" -> actor.userId().toString();
                case "customerId" ->
                    operation.method().equals("PATCH")
                            ? patchTarget(home).toString()
                            : home.customerId().toString();
                default -> {
                    assertThat(home.pathValues())
                            .as("a value for {%s} of %s", variable, operation.key())
                            .containsKey(variable);
                    yield home.pathValues().get(variable).getFirst();
                }
            };
            values.put(variable, value);
        }
        return values;
    }

    private UUID patchTarget(Tenant home) throws Exception {
        if (patchTarget == null || patchesOfTarget == PATCHES_PER_PROFILE) {
            patchTarget =
                    createdId(postJson("/v1/customers", token(home.admin()), Map.of("full_name", "Patch Target")));
            patchesOfTarget = 0;
        }
        patchesOfTarget++;
        return patchTarget;
    }

    private UUID superuserId() throws Exception {
        return UUID.fromString(
                body(get("/api/v1/auth/me", superuserToken())).get("uuid").asString());
    }

    /** Server-owned members and what an attacker would set them to: another company's ids, more power. */
    private static Map<String, Object> hostileValues(Tenant foreign) {
        String longAgo = "2000-01-01T00:00:00Z";
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", 1);
        values.put("uuid", UUID.randomUUID().toString());
        values.put("unique_id", "USER-00000001");
        values.put("company_id", foreign.company().companyId());
        values.put("company_uuid", foreign.company().uuid().toString());
        values.put("company_key", foreign.company().companyId());
        values.put("business_id", foreign.company().uuid().toString());
        values.put("user_id", foreign.member().uuid().toString());
        values.put("author_id", foreign.admin().uuid().toString());
        values.put("customer_id", foreign.customerId().toString());
        values.put("role", "admin");
        values.put("permissions", List.of("*"));
        values.put("is_superuser", true);
        values.put("superuser", true);
        values.put("is_staff", true);
        values.put("is_active", false);
        values.put("active", false);
        values.put("status", "suspended");
        values.put("password_hash", "$2a$04$abcdefghijklmnopqrstuuQ6qk8mQ0jv1c6C9mQmQ2m0vQ1S6u2a");
        values.put("version", 99);
        values.put("created_at", longAgo);
        values.put("updated_at", longAgo);
        values.put("date_joined", longAgo);
        values.put("last_login", longAgo);
        values.put("total_orders", 999);
        values.put("lifetime_value", 999999.99);
        values.put("returned_orders", 99);
        values.put("first_order_date", "2000-01-01");
        values.put("last_order_date", "2000-01-01");
        values.put("notes_count", 99);
        values.put("total_users", 99);
        values.put("total_active_users", 99);
        return values;
    }

    private record Actor(String name, UUID userId, String token, boolean superuser) {}
}
