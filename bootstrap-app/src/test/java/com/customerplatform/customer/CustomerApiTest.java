package com.customerplatform.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.customer.application.port.in.RegisterCustomerForUserUseCase;
import com.customerplatform.identity.TestAccounts;
import com.customerplatform.identity.TestAccounts.TestCompany;
import com.customerplatform.identity.TestAccounts.TestUser;
import com.customerplatform.platform.messaging.ProbeQueue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Customer profiles against every role, across businesses, with bad input, search and events. */
class CustomerApiTest extends PlatformIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    RegisterCustomerForUserUseCase registerForUser;

    TestAccounts accounts;
    TestCompany companyA;
    TestCompany companyB;
    Map<String, String> tokens = new java.util.HashMap<>();
    TestUser adminA;
    TestUser managerA;
    TestUser viewerA;
    TestUser serviceA;
    TestUser customerUserA;
    TestUser adminB;
    ProbeQueue customerEvents;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(jdbc);
        companyA = accounts.company("active");
        companyB = accounts.company("active");
        adminA = accounts.user(companyA, "admin");
        managerA = accounts.user(companyA, "manager");
        viewerA = accounts.user(companyA, "viewer");
        serviceA = accounts.user(companyA, "internal_service");
        customerUserA = accounts.user(companyA, "customer");
        adminB = accounts.user(companyB, "admin");
        customerEvents = new ProbeQueue(rabbit, "bee.customers.events", "customers.#");
    }

    @AfterEach
    void tearDown() {
        customerEvents.delete();
    }

    @Test
    void anAdminCreatesAProfileWithANormalizedPhoneAndAnEventIsPublished() throws Exception {
        HttpResponse<String> created =
                postJson("/v1/customers", token(adminA), customer("Ana Gómez", "ana@example.com", "+40 712 345 678"));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = body(created);
        assertThat(created.headers().firstValue("Location"))
                .hasValue("/v1/customers/" + body.get("id").asString());
        assertThat(body.get("business_id").asString()).isEqualTo(companyA.uuid().toString());
        assertThat(body.get("phone").asString()).isEqualTo("+40712345678");
        assertThat(body.get("gender").asString()).isEqualTo("unspecified");
        assertThat(body.get("total_orders").asInt()).isZero();
        assertThat(body.get("tags").isArray()).isTrue();
        JsonNode payload = json.readTree(
                        event(body.get("id").asString(), "customers.created").getBody())
                .get("payload");
        assertThat(payload.get("business_id").asString())
                .isEqualTo(companyA.uuid().toString());
    }

    @Test
    void internalServicesCreateOtherStaffAndCustomersMayNot() throws Exception {
        assertThat(postJson("/v1/customers", token(serviceA), customer("Bruno Díaz", null, null))
                        .statusCode())
                .isEqualTo(201);
        Map<String, Object> body = customer("Carla Ruiz", "carla@example.com", null);
        for (TestUser caller : List.of(managerA, viewerA, customerUserA)) {
            assertError(postJson("/v1/customers", token(caller), body), 403, "FORBIDDEN");
        }
        assertThat(count(companyA, "carla@example.com")).isZero();
    }

    @Test
    void profilesLiveInTheCallersBusinessUnlessASuperuserNamesOne() throws Exception {
        Map<String, Object> elsewhere = customer("Dario Paz", "dario@example.com", null);
        elsewhere.put("business_id", companyB.uuid().toString());

        assertError(postJson("/v1/customers", token(adminA), elsewhere), 404, "BUSINESS_NOT_FOUND");
        assertThat(count(companyB, "dario@example.com")).isZero();
        HttpResponse<String> bySuperuser = postJson("/v1/customers", adminToken(), elsewhere);
        assertThat(bySuperuser.statusCode()).isEqualTo(201);
        assertThat(body(bySuperuser).get("business_id").asString())
                .isEqualTo(companyB.uuid().toString());
        assertError(
                postJson("/v1/customers", adminToken(), customer("Eva Luna", null, null)), 422, "VALIDATION_FAILED");
    }

    @Test
    void aUserHasOneProfileAndAnEmailOneCustomerPerBusiness() throws Exception {
        Map<String, Object> first = customer("Fabio Rey", "fabio@example.com", null);
        first.put("user_id", customerUserA.uuid().toString());
        postJson("/v1/customers", token(adminA), first);
        Map<String, Object> sameUser = customer("Fabio Again", "other-fabio@example.com", null);
        sameUser.put("user_id", customerUserA.uuid().toString());

        JsonNode user = assertError(postJson("/v1/customers", token(adminA), sameUser), 409, "CUSTOMER_ALREADY_EXISTS");
        JsonNode email = assertError(
                postJson("/v1/customers", token(adminA), customer("Fabio Two", "FABIO@example.com", null)),
                409,
                "CUSTOMER_ALREADY_EXISTS");

        assertThat(user.get("errors").get(0).get("field").asString()).isEqualTo("user_id");
        assertThat(email.get("errors").get(0).get("field").asString()).isEqualTo("email");
        assertThat(postJson("/v1/customers", token(adminB), customer("Fabio Rey", "fabio@example.com", null))
                        .statusCode())
                .as("another business may have the same email")
                .isEqualTo(201);
    }

    @Test
    void ofConcurrentCreatesWithOneEmailOneWinsAndTheOthersAreToldWhichFieldIsTaken() throws Exception {
        List<Callable<HttpResponse<String>>> creates = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String name = "Iris Twin " + i;
            creates.add(() -> postJson("/v1/customers", token(adminA), customer(name, "iris@example.com", null)));
        }

        List<HttpResponse<String>> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<HttpResponse<String>> response : pool.invokeAll(creates)) {
                responses.add(response.get());
            }
        }

        assertThat(responses)
                .filteredOn(response -> response.statusCode() == 201)
                .hasSize(1);
        for (HttpResponse<String> refused : responses.stream()
                .filter(response -> response.statusCode() != 201)
                .toList()) {
            JsonNode problem = assertError(refused, 409, "CUSTOMER_ALREADY_EXISTS");
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("email");
        }
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM customer.customers WHERE business_id = ?",
                        Integer.class,
                        companyA.uuid()))
                .isOne();
    }

    @Test
    void badProfilesAre422NamingTheFieldAndWriteNothing() throws Exception {
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("full_name", customer("A", "a1@example.com", null));
        cases.put("email", customer("Gina Sol", "not-an-email", null));
        cases.put("phone", customer("Gina Sol", "gina@example.com", "123"));
        Map<String, Object> gender = customer("Gina Sol", "gina2@example.com", null);
        gender.put("gender", "robot");
        cases.put("gender", gender);
        cases.put("full_name ", customer("x".repeat(201), "long@example.com", null));
        Map<String, Object> stranger = customer("Gina Sol", "gina3@example.com", null);
        stranger.put("user_id", UUID.randomUUID());
        cases.put("user_id", stranger);
        for (Map.Entry<String, Map<String, Object>> bad : cases.entrySet()) {
            JsonNode problem =
                    assertError(postJson("/v1/customers", token(adminA), bad.getValue()), 422, "VALIDATION_FAILED");
            assertThat(problem.get("errors").get(0).get("field").asString())
                    .isEqualTo(bad.getKey().strip());
        }
        Map<String, Object> unknown = customer("Hugo Mar", "hugo@example.com", null);
        unknown.put("vip", true);
        assertError(postJson("/v1/customers", token(adminA), unknown), 422, "UNKNOWN_FIELD");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM customer.customers WHERE business_id = ?",
                        Integer.class,
                        companyA.uuid()))
                .isZero();
    }

    @Test
    void staffOfTheBusinessAndTheCustomerItselfReadAProfileNobodyElse() throws Exception {
        Map<String, Object> own = customer("Irene Cruz", "irene@example.com", null);
        own.put("user_id", customerUserA.uuid().toString());
        String id =
                body(postJson("/v1/customers", token(adminA), own)).get("id").asString();
        String otherId = body(postJson("/v1/customers", token(adminA), customer("Jose Lima", "jose@example.com", null)))
                .get("id")
                .asString();

        for (TestUser staff : List.of(adminA, managerA, viewerA)) {
            assertThat(get("/v1/customers/" + id, token(staff)).statusCode()).isEqualTo(200);
        }
        assertThat(get("/v1/customers/" + id, token(customerUserA)).statusCode())
                .isEqualTo(200);
        assertError(get("/v1/customers/" + otherId, token(customerUserA)), 404, "CUSTOMER_NOT_FOUND");
        assertError(get("/v1/customers/" + id, token(adminB)), 404, "CUSTOMER_NOT_FOUND");
        assertError(get("/v1/customers/" + UUID.randomUUID(), token(adminA)), 404, "CUSTOMER_NOT_FOUND");
        assertError(get("/v1/customers/not-a-uuid", token(adminA)), 400, "BAD_REQUEST");
    }

    @Test
    void theListIsAnArrayWithATotalAndLinksNewestFirst() throws Exception {
        for (String name : List.of("Kim Ono", "Lia Paz", "Mia Rus")) {
            postJson("/v1/customers", token(adminA), customer(name, null, null));
        }

        HttpResponse<String> first = get("/v1/customers?limit=2", token(viewerA));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(body(first).isArray()).isTrue();
        assertThat(body(first).valueStream().map(c -> c.get("full_name").asString()))
                .containsExactly("Mia Rus", "Lia Paz");
        assertThat(first.headers().firstValue("X-Total-Count")).hasValue("3");
        assertThat(first.headers().firstValue("Link"))
                .hasValueSatisfying(link -> assertThat(link)
                        .contains("limit=2&offset=2>; rel=\"next\"")
                        .doesNotContain("prev"));
        HttpResponse<String> second = get("/v1/customers?limit=2&offset=2", token(viewerA));
        assertThat(body(second).valueStream().map(c -> c.get("full_name").asString()))
                .containsExactly("Kim Ono");
        assertThat(second.headers().firstValue("Link"))
                .hasValueSatisfying(link -> assertThat(link).contains("rel=\"prev\""));
    }

    @Test
    void searchIsACaseInsensitiveSubstringOfNameEmailOrPhoneWithLiteralWildcards() throws Exception {
        String token = token(adminA);
        postJson("/v1/customers", token, customer("Nora Ortiz", "nora.o@example.com", "+573001234567"));
        postJson("/v1/customers", token, customer("Pablo 100% Real", "pablo_r@example.com", null));

        assertThat(names(get("/v1/customers?search=ORTIZ", token))).containsExactly("Nora Ortiz");
        assertThat(names(get("/v1/customers?query=nora.o@", token))).containsExactly("Nora Ortiz");
        assertThat(names(get("/v1/customers?search=3001234", token))).containsExactly("Nora Ortiz");
        assertThat(names(get("/v1/customers?search=100%25", token))).containsExactly("Pablo 100% Real");
        assertThat(names(get("/v1/customers?search=o_r", token))).containsExactly("Pablo 100% Real");
        assertThat(names(get("/v1/customers?search=%25", token))).containsExactly("Pablo 100% Real");
    }

    @Test
    void aSearchIsPagedWithItsTotalBeyondItsLastPageToo() throws Exception {
        String token = token(adminA);
        String family = "Quorn" + UUID.randomUUID().toString().substring(0, 6);
        for (String given : List.of("Ana", "Bea", "Cruz")) {
            postJson("/v1/customers", token, customer(given + " " + family, null, null));
        }
        String search = "/v1/customers?search=" + family.toLowerCase(Locale.ROOT) + "&limit=2";

        HttpResponse<String> first = get(search, token);
        HttpResponse<String> last = get(search + "&offset=2", token);
        HttpResponse<String> beyond = get(search + "&offset=5", token);
        HttpResponse<String> none = get("/v1/customers?search=" + family + "-nobody", token);

        assertThat(names(first)).containsExactly("Cruz " + family, "Bea " + family);
        assertThat(first.headers().firstValue("X-Total-Count")).hasValue("3");
        assertThat(first.headers().firstValue("Link"))
                .hasValueSatisfying(link -> assertThat(link).contains("rel=\"next\""));
        assertThat(names(last)).containsExactly("Ana " + family);
        assertThat(last.headers().firstValue("X-Total-Count")).hasValue("3");
        assertThat(names(beyond)).isEmpty();
        assertThat(beyond.headers().firstValue("X-Total-Count")).hasValue("3");
        assertThat(names(none)).isEmpty();
        assertThat(none.headers().firstValue("X-Total-Count")).hasValue("0");
    }

    @Test
    void listsAreConfinedToTheCallersBusinessAndToStaff() throws Exception {
        postJson("/v1/customers", token(adminB), customer("Quim Bravo", null, null));

        assertThat(names(get("/v1/customers", token(adminA)))).doesNotContain("Quim Bravo");
        assertThat(get("/v1/customers?business_id=" + companyB.uuid(), token(adminA))
                        .headers()
                        .firstValue("X-Total-Count"))
                .hasValue("0");
        assertThat(names(get("/v1/customers?business_id=" + companyB.uuid(), adminToken())))
                .containsExactly("Quim Bravo");
        assertError(get("/v1/customers", token(customerUserA)), 403, "FORBIDDEN");
        assertError(get("/v1/customers?limit=101", token(adminA)), 422, "VALIDATION_FAILED");
    }

    @Test
    void anAdminDeletesAProfileOfItsBusinessOnly() throws Exception {
        String id = body(postJson("/v1/customers", token(adminA), customer("Rosa Vega", null, null)))
                .get("id")
                .asString();

        assertError(send(request("/v1/customers/" + id, token(managerA)).DELETE()), 403, "FORBIDDEN");
        assertError(send(request("/v1/customers/" + id, token(adminB)).DELETE()), 404, "CUSTOMER_NOT_FOUND");
        assertThat(send(request("/v1/customers/" + id, token(adminA)).DELETE()).statusCode())
                .isEqualTo(204);
        assertError(get("/v1/customers/" + id, token(adminA)), 404, "CUSTOMER_NOT_FOUND");
        assertThat(event(id, "customers.deleted")).isNotNull();
    }

    @Test
    void registeringAUserWhoseEmailStaffAlreadyKeptLinksThatProfileInsteadOfAddingOne() throws Exception {
        String username = "kept-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@example.com";
        String keptId = createdId("Kept By Staff", email);

        HttpResponse<String> user = postJson(
                "/api/v1/users",
                token(adminA),
                Map.of(
                        "username",
                        username,
                        "email",
                        email,
                        "password",
                        "a long enough password",
                        "first_name",
                        "Kept",
                        "last_name",
                        "Person",
                        "role",
                        "customer"));
        UUID userId = UUID.fromString(body(user).get("uuid").asString());

        await().atMost(Duration.ofSeconds(10)).until(() -> profiles(userId) == 1);
        assertThat(jdbc.queryForObject(
                        "SELECT id::text FROM customer.customers WHERE user_id = ?", String.class, userId))
                .isEqualTo(keptId);
        assertThat(count(companyA, email)).isEqualTo(1);
        JsonNode changes = json.readTree(event(keptId, "customers.updated").getBody())
                .get("payload")
                .get("changes");
        assertThat(changes.get("user_id").get("new").asString()).isEqualTo(userId.toString());
    }

    @Test
    void registeringACustomerUserCreatesItsProfileOnce() throws Exception {
        String username = "cust-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> user = postJson(
                "/api/v1/users",
                token(adminA),
                Map.of(
                        "username",
                        username,
                        "email",
                        username + "@example.com",
                        "password",
                        "a long enough password",
                        "first_name",
                        "Sara",
                        "last_name",
                        "Núñez",
                        "role",
                        "customer"));
        UUID userId = UUID.fromString(body(user).get("uuid").asString());

        await().atMost(Duration.ofSeconds(10)).until(() -> profiles(userId) == 1);
        registerForUser.registerFor(userId, companyA.uuid());

        assertThat(profiles(userId)).isEqualTo(1);
        Map<String, Object> profile = jdbc.queryForMap(
                "SELECT full_name, email, business_id FROM customer.customers WHERE user_id = ?", userId);
        assertThat(profile)
                .containsEntry("full_name", "Sara Núñez")
                .containsEntry("email", username + "@example.com")
                .containsEntry("business_id", companyA.uuid());
    }

    // ---- PATCH

    @Test
    void aJsonPatchChangesTheProfileAndTheEventCarriesTheDiff() throws Exception {
        String id = createdId("Tomas Uribe", "tomas@example.com");

        HttpResponse<String> patched = patch(id, token(managerA), "application/json-patch+json", """
                [{"op": "test", "path": "/full_name", "value": "Tomas Uribe"},
                 {"op": "replace", "path": "/full_name", "value": "Tomás Uribe"},
                 {"op": "add", "path": "/phone", "value": "+57 300 123 4567"}]""");

        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(body(patched).get("full_name").asString()).isEqualTo("Tomás Uribe");
        assertThat(body(patched).get("phone").asString()).isEqualTo("+573001234567");
        JsonNode payload =
                json.readTree(event(id, "customers.updated").getBody()).get("payload");
        assertThat(payload.get("version").asLong()).isEqualTo(1);
        assertThat(payload.get("changes").get("full_name").get("old").asString())
                .isEqualTo("Tomas Uribe");
        assertThat(payload.get("changes").get("full_name").get("new").asString())
                .isEqualTo("Tomás Uribe");
        assertThat(payload.get("changes").get("phone").get("old").isNull()).isTrue();
        assertThat(payload.get("changes").propertyNames()).containsExactlyInAnyOrder("full_name", "phone");
    }

    @Test
    void aMergePatchSetsAndClearsFields() throws Exception {
        String id = createdId("Ursula Vidal", "ursula@example.com");

        HttpResponse<String> patched = patch(id, token(adminA), "application/merge-patch+json", """
                {"gender": "female", "email": null}""");

        assertThat(body(patched).get("gender").asString()).isEqualTo("female");
        assertThat(body(patched).get("email").isNull()).isTrue();
    }

    @Test
    void aPatchIsAllOrNothing() throws Exception {
        String id = createdId("Victor Wolf", "victor@example.com");
        String token = token(adminA);

        assertError(patch(id, token, "application/json-patch+json", """
                [{"op": "replace", "path": "/full_name", "value": "Changed"}, {"op": "test", "path": "/email", "value": "x@y.z"}]"""), 409, "PATCH_TEST_FAILED");
        JsonNode immutable = assertError(
                patch(id, token, "application/json-patch+json", """
                [{"op": "replace", "path": "/full_name", "value": "Changed"}, {"op": "replace", "path": "/business_id", "value": "%s"}]""".formatted(companyB.uuid())),
                422,
                "IMMUTABLE_FIELD");
        assertThat(immutable.get("errors").get(0).get("field").asString()).isEqualTo("/business_id");
        assertError(patch(id, token, "application/merge-patch+json", "{\"total_orders\": 99}"), 422, "IMMUTABLE_FIELD");
        assertError(
                patch(id, token, "application/json-patch+json", "[{\"op\": \"remove\", \"path\": \"/id\"}]"),
                422,
                "IMMUTABLE_FIELD");
        assertThat(body(get("/v1/customers/" + id, token)).get("full_name").asString())
                .isEqualTo("Victor Wolf");
    }

    @Test
    void thePatchedProfileIsValidatedLikeANewOne() throws Exception {
        String id = createdId("Wanda Xu", "wanda@example.com");
        String token = token(adminA);
        createdId("Other Person", "taken@example.com");

        assertThat(assertError(
                                patch(id, token, "application/merge-patch+json", "{\"phone\": \"123\"}"),
                                422,
                                "VALIDATION_FAILED")
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("phone");
        assertError(
                patch(id, token, "application/merge-patch+json", "{\"full_name\": \"W\"}"), 422, "VALIDATION_FAILED");
        assertError(
                patch(id, token, "application/merge-patch+json", "{\"full_name\": null}"), 422, "VALIDATION_FAILED");
        assertError(patch(id, token, "application/merge-patch+json", "{\"gender\": 7}"), 422, "VALIDATION_FAILED");
        assertError(
                patch(id, token, "application/merge-patch+json", "{\"email\": \"TAKEN@example.com\"}"),
                409,
                "CUSTOMER_ALREADY_EXISTS");
        assertError(
                patch(
                        id,
                        token,
                        "application/json-patch+json",
                        "[{\"op\": \"add\", \"path\": \"/vip\", \"value\": true}]"),
                422,
                "UNKNOWN_FIELD");
        assertThat(body(get("/v1/customers/" + id, token)).get("email").asString())
                .isEqualTo("wanda@example.com");
    }

    @Test
    void brokenPatchesAndOtherMediaTypesAreRefused() throws Exception {
        String id = createdId("Xenia Yoon", null);
        String token = token(adminA);

        assertError(patch(id, token, "application/json-patch+json", "{\"op\": \"replace\"}"), 422, "INVALID_PATCH");
        assertError(
                patch(
                        id,
                        token,
                        "application/json-patch+json",
                        "[{\"op\": \"replace\", \"path\": \"/nope/deep\", \"value\": 1}]"),
                422,
                "INVALID_PATCH");
        assertError(
                patch(id, token, "application/json-patch+json", "[{\"op\": \"jump\", \"path\": \"/full_name\"}]"),
                422,
                "INVALID_PATCH");
        assertError(patch(id, token, "application/json-patch+json", "not json"), 422, "INVALID_PATCH");
        assertError(patch(id, token, "application/json", "{\"full_name\": \"Xenia\"}"), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aJsonPatchAddsTagsByNameAndRemovesThemByIndex() throws Exception {
        String id = createdId("Zoe Tagged", null);
        String token = token(managerA);

        HttpResponse<String> added = patch(id, token, "application/json-patch+json", """
                [{"op": "replace", "path": "/full_name", "value": "Zoë Tagged"},
                 {"op": "add", "path": "/tags/-", "value": "VIP"},
                 {"op": "add", "path": "/tags/-", "value": "Wholesale"}]""");
        HttpResponse<String> removed = patch(id, token, "application/json-patch+json", """
                [{"op": "test", "path": "/tags/0", "value": "VIP"}, {"op": "remove", "path": "/tags/0"}]""");

        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(body(added).get("tags").valueStream().map(JsonNode::asString))
                .containsExactly("VIP", "Wholesale");
        assertThat(body(removed).get("tags").valueStream().map(JsonNode::asString))
                .containsExactly("Wholesale");
        assertThat(body(get("/v1/customers/tags", token(adminA)))
                        .valueStream()
                        .map(tag -> tag.get("name").asString()))
                .as("unknown names became company tags")
                .containsExactly("VIP", "Wholesale");
        JsonNode changes = events(id, "customers.updated", 2).stream()
                .map(message -> json.readTree(message.getBody()).get("payload"))
                .filter(payload -> payload.get("version").asLong() == 2)
                .findFirst()
                .orElseThrow()
                .get("changes");
        assertThat(changes.get("tags").get("old").valueStream().map(JsonNode::asString))
                .containsExactly("VIP", "Wholesale");
        assertThat(changes.get("tags").get("new").valueStream().map(JsonNode::asString))
                .containsExactly("Wholesale");
    }

    @Test
    void tagsInAPatchAreValidatedAndSameNamesInAnotherCaseChangeNothing() throws Exception {
        String id = createdId("Yara Tagged", null);
        String token = token(adminA);
        patch(id, token, "application/merge-patch+json", "{\"tags\": [\"VIP\"]}");

        HttpResponse<String> sameTags =
                patch(id, token, "application/merge-patch+json", "{\"tags\": [\"vip\", \"VIP\"]}");

        assertThat(body(sameTags).get("tags").valueStream().map(JsonNode::asString))
                .containsExactly("VIP");
        assertThat(body(sameTags).get("updated_at").asString())
                .as("nothing changed")
                .isEqualTo(body(get("/v1/customers/" + id, token))
                        .get("updated_at")
                        .asString());
        assertThat(assertError(
                                patch(id, token, "application/merge-patch+json", "{\"tags\": [\"ok\", \"\"]}"),
                                422,
                                "VALIDATION_FAILED")
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("/tags/1");
        assertError(patch(id, token, "application/merge-patch+json", "{\"tags\": [7]}"), 422, "VALIDATION_FAILED");
        assertError(patch(id, token, "application/merge-patch+json", "{\"tags\": \"VIP\"}"), 422, "VALIDATION_FAILED");
        assertError(
                patch(id, token, "application/json-patch+json", "[{\"op\": \"remove\", \"path\": \"/tags/5\"}]"),
                422,
                "INVALID_PATCH");
        assertError(patch(id, token, "application/json-patch+json", """
                [{"op": "add", "path": "/tags/-", "value": "Gold"}, {"op": "replace", "path": "/full_name", "value": "Y"}]"""), 422, "VALIDATION_FAILED");
        assertThat(body(get("/v1/customers/tags", token))
                        .valueStream()
                        .map(tag -> tag.get("name").asString()))
                .as("nothing half-written")
                .containsExactly("VIP");
        HttpResponse<String> cleared = patch(id, token, "application/merge-patch+json", "{\"tags\": null}");
        assertThat(body(cleared).get("tags").isEmpty()).isTrue();
    }

    @Test
    void onlyAdminsAndManagersOfTheBusinessPatch() throws Exception {
        String id = createdId("Yago Zapata", null);
        String merge = "{\"gender\": \"male\"}";

        assertError(patch(id, token(viewerA), "application/merge-patch+json", merge), 403, "FORBIDDEN");
        assertError(patch(id, token(customerUserA), "application/merge-patch+json", merge), 403, "FORBIDDEN");
        assertError(patch(id, token(adminB), "application/merge-patch+json", merge), 404, "CUSTOMER_NOT_FOUND");
        assertThat(body(get("/v1/customers/" + id, token(adminA))).get("gender").asString())
                .isEqualTo("unspecified");
    }

    /**
     * 20,000 profiles, analysed, then rolled back: with real statistics the planner answers a search
     * across all businesses (a superuser's) from the three trigram indexes. Within one business it
     * may as well start from the business index, so that case is left to bench/ at a million rows.
     */
    @Test
    void theSearchUsesTheTrigramIndexes() {
        UUID business = UUID.randomUUID();
        String plan = transaction.execute(status -> {
            jdbc.update("""
                    INSERT INTO customer.customers (id, business_id, full_name, email, phone, created_at, updated_at)
                    SELECT gen_random_uuid(), ?, 'Customer ' || n || ' ' || md5(n::text), 'c' || n || '@example.com',
                           '+5730' || lpad(n::text, 8, '0'), now(), now()
                    FROM generate_series(1, 20000) AS n""", business);
            jdbc.execute("ANALYZE customer.customers");
            // At this size a sequential scan is still cheaper; forbid it to see which index the planner picks.
            jdbc.execute("SET LOCAL enable_seqscan = off");
            String explained = String.join("\n", jdbc.queryForList("""
                    EXPLAIN SELECT * FROM customer.customers
                    WHERE lower(full_name) LIKE '%a1b2c%' OR lower(email) LIKE '%a1b2c%' OR phone LIKE '%a1b2c%'
                    ORDER BY created_at DESC, id DESC LIMIT 20""", String.class));
            status.setRollbackOnly();
            return explained;
        });

        assertThat(plan)
                .contains("customers_full_name_trgm_idx", "customers_email_trgm_idx", "customers_phone_trgm_idx")
                .doesNotContain("Seq Scan");
    }

    // ---- helpers

    private String createdId(String name, String email) throws Exception {
        HttpResponse<String> created = postJson("/v1/customers", token(adminA), customer(name, email, null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return body(created).get("id").asString();
    }

    private HttpResponse<String> patch(String id, String token, String mediaType, String body) throws Exception {
        return send(request("/v1/customers/" + id, token)
                .header("Content-Type", mediaType)
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    private String token(TestUser user) throws Exception {
        String token = tokens.get(user.username());
        if (token == null) {
            token = login(user.username(), TestAccounts.PASSWORD);
            tokens.put(user.username(), token);
        }
        return token;
    }

    private static Map<String, Object> customer(String name, String email, String phone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("full_name", name);
        if (email != null) {
            body.put("email", email);
        }
        if (phone != null) {
            body.put("phone", phone);
        }
        return body;
    }

    private List<String> names(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response)
                .valueStream()
                .map(c -> c.get("full_name").asString())
                .toList();
    }

    /** Profiles with this email in the company's business (companies are unique per test). */
    private int count(TestCompany business, String email) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM customer.customers WHERE business_id = ? AND lower(email) = lower(?)",
                Integer.class,
                business.uuid(),
                email);
    }

    private int profiles(UUID userId) {
        return jdbc.queryForObject("SELECT count(*) FROM customer.customers WHERE user_id = ?", Integer.class, userId);
    }

    private Message event(String customerId, String type) {
        return events(customerId, type, 1).getFirst();
    }

    /** The events of this type about the customer, in whatever order the outbox delivered them. */
    private List<Message> events(String customerId, String type, int count) {
        List<Message> messages = customerEvents.receiveMatching(
                message -> type.equals(message.getMessageProperties().getType())
                        && new String(message.getBody(), StandardCharsets.UTF_8).contains(customerId),
                count,
                Duration.ofSeconds(10));
        assertThat(messages).as(type + " for " + customerId).hasSize(count);
        return messages;
    }
}
