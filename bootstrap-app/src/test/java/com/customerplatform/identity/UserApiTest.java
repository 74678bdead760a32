package com.customerplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts.TestCompany;
import com.customerplatform.identity.TestAccounts.TestUser;
import com.customerplatform.platform.messaging.ProbeQueue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The users API against every role, across companies, with bad input, and its events on the broker. */
class UserApiTest extends PlatformIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RabbitTemplate rabbit;

    TestAccounts accounts;
    TestCompany companyA;
    TestCompany companyB;
    TestUser adminA;
    TestUser managerA;
    TestUser viewerA;
    TestUser customerA;
    TestUser adminB;
    ProbeQueue userEvents;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(jdbc);
        companyA = accounts.company("active");
        companyB = accounts.company("active");
        adminA = accounts.user(companyA, "admin");
        managerA = accounts.user(companyA, "manager");
        viewerA = accounts.user(companyA, "viewer");
        customerA = accounts.user(companyA, "customer");
        adminB = accounts.user(companyB, "admin");
        userEvents = new ProbeQueue(rabbit, "identity.events", "users.#");
    }

    @AfterEach
    void tearDown() {
        userEvents.delete();
    }

    // ---- roles

    @Test
    void rolesListEveryRoleWithItsPermissions() throws Exception {
        JsonNode roles = body(get("/api/v1/users/roles", token(customerA))).get("roles");

        assertThat(roles.valueStream().map(role -> role.get("code").asString()))
                .containsExactly("admin", "manager", "viewer", "customer", "internal_service");
        JsonNode admin = roles.get(0);
        assertThat(admin.get("name").asString()).isEqualTo("Admin");
        assertThat(admin.get("permissions").valueStream().map(JsonNode::asString))
                .contains("users:*");
        assertThat(send(request("/api/v1/users/roles").GET()).statusCode()).isEqualTo(401);
    }

    // ---- list

    @Test
    void aCompanyAdminListsOnlyItsCompanyNewestFirst() throws Exception {
        JsonNode page = body(get("/api/v1/users?limit=100", token(adminA)));

        assertThat(page.get("users")
                        .valueStream()
                        .map(user -> user.get("company_id").asString()))
                .containsOnly(companyA.companyId());
        assertThat(page.get("users")
                        .valueStream()
                        .map(user -> user.get("username").asString()))
                .containsExactly(customerA.username(), viewerA.username(), managerA.username(), adminA.username());
        assertThat(page.get("total").asLong()).isEqualTo(4);
        JsonNode item = page.get("users").get(0);
        assertThat(item.propertyNames())
                .containsExactlyInAnyOrder(
                        "id",
                        "uuid",
                        "username",
                        "first_name",
                        "last_name",
                        "email",
                        "role",
                        "is_active",
                        "company_id");
    }

    @Test
    void listsPageWithNextAndPreviousFlags() throws Exception {
        JsonNode first = body(get("/api/v1/users?limit=3", token(adminA)));
        JsonNode second = body(get("/api/v1/users?limit=3&offset=3", token(adminA)));

        assertThat(first.get("users").size()).isEqualTo(3);
        assertThat(first.get("has_next").asBoolean()).isTrue();
        assertThat(first.get("has_previous").asBoolean()).isFalse();
        assertThat(second.get("users").size()).isEqualTo(1);
        assertThat(second.get("has_next").asBoolean()).isFalse();
        assertThat(second.get("has_previous").asBoolean()).isTrue();
        assertThat(second.get("limit").asInt()).isEqualTo(3);
        assertThat(second.get("offset").asInt()).isEqualTo(3);
    }

    @Test
    void listsFilterByRoleActivityAndSearchWithLiteralWildcards() throws Exception {
        String token = token(adminA);

        assertThat(usernames(get("/api/v1/users?role=viewer", token))).containsExactly(viewerA.username());
        assertThat(usernames(get(
                        "/api/v1/users?search="
                                + managerA.username().substring(3, 14).toUpperCase(Locale.ROOT),
                        token)))
                .containsExactly(managerA.username());
        assertThat(usernames(get("/api/v1/users?is_active=false", token))).isEmpty();
        assertThat(usernames(get("/api/v1/users?search=%25", token)))
                .as("% is literal")
                .isEmpty();
        assertThat(usernames(get("/api/v1/users?search=user%5F", token)))
                .as("_ is literal")
                .hasSize(4);
    }

    @Test
    void anotherCompanysUsersStayInvisibleToACompanyAdminButNotToASuperuser() throws Exception {
        assertThat(body(get("/api/v1/users?company_id=" + companyB.companyId(), token(adminA)))
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(usernames(get("/api/v1/users?company_id=" + companyB.companyId(), adminToken())))
                .containsExactly(adminB.username());
    }

    @Test
    void customersMayNotListUsersAndViewersMay() throws Exception {
        assertThat(get("/api/v1/users", token(customerA)).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/users", token(viewerA)).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/users", token(managerA)).statusCode()).isEqualTo(200);
    }

    @Test
    void badListParametersAreClientErrors() throws Exception {
        String token = token(adminA);

        assertError(get("/api/v1/users?limit=0", token), 422, "VALIDATION_FAILED");
        assertError(get("/api/v1/users?limit=101", token), 422, "VALIDATION_FAILED");
        assertError(get("/api/v1/users?offset=-1", token), 422, "VALIDATION_FAILED");
        assertError(get("/api/v1/users?role=emperor", token), 422, "VALIDATION_FAILED");
        assertError(get("/api/v1/users?limit=many", token), 400, "BAD_REQUEST");
    }

    // ---- get

    @Test
    void getsAUserByIdOrUuidInTheSeedShape() throws Exception {
        long id = userId(managerA);
        JsonNode byId = body(get("/api/v1/users/" + id, token(adminA)));
        JsonNode byUuid = body(get("/api/v1/users/" + managerA.uuid(), token(viewerA)));

        assertThat(byId).isEqualTo(byUuid);
        assertThat(byId.propertyNames())
                .containsExactlyInAnyOrder(
                        "id",
                        "uuid",
                        "unique_id",
                        "username",
                        "first_name",
                        "last_name",
                        "email",
                        "phone",
                        "address",
                        "number_document_identity",
                        "document_type",
                        "is_active",
                        "is_staff",
                        "is_superuser",
                        "company_id",
                        "role",
                        "last_login",
                        "date_joined",
                        "created_at",
                        "updated_at");
    }

    @Test
    void anotherCompanysUserIs404AndAnUnknownOneToo() throws Exception {
        assertError(get("/api/v1/users/" + userId(adminB), token(adminA)), 404, "USER_NOT_FOUND");
        assertError(get("/api/v1/users/" + adminB.uuid(), token(adminA)), 404, "USER_NOT_FOUND");
        assertError(get("/api/v1/users/999999999", token(adminA)), 404, "USER_NOT_FOUND");
        assertError(get("/api/v1/users/not-an-id", token(adminA)), 404, "USER_NOT_FOUND");
    }

    @Test
    void aCustomerSeesItselfAndNobodyElse() throws Exception {
        assertThat(get("/api/v1/users/" + customerA.uuid(), token(customerA)).statusCode())
                .isEqualTo(200);
        assertError(get("/api/v1/users/" + viewerA.uuid(), token(customerA)), 403, "FORBIDDEN");
    }

    // ---- create

    @Test
    void anAdminRegistersAUserInItsCompanyWhoCanSignInAndAnEventCarriesIdsOnly() throws Exception {
        Map<String, Object> body = newUser("ana.gomez");
        body.put("document_type", "cc");
        body.put("number_document_identity", "1.020.304.050");

        HttpResponse<String> created = postJson("/api/v1/users", token(adminA), body);

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode user = body(created);
        assertThat(created.headers().firstValue("Location"))
                .hasValue("/api/v1/users/" + user.get("id").asLong());
        assertThat(user.get("company_id").asString()).isEqualTo(companyA.companyId());
        assertThat(user.get("role").asString()).isEqualTo("manager");
        assertThat(user.get("unique_id").asString()).matches("USER-\\d{8}");
        assertThat(user.get("document_type").asString()).isEqualTo("CC");
        assertThat(user.get("number_document_identity").asString()).isEqualTo("1020304050");
        assertThat(user.get("is_active").asBoolean()).isTrue();
        assertThat(created.body()).doesNotContain("password");
        assertThat(attemptLogin(
                                body.get("username").toString(),
                                body.get("password").toString())
                        .statusCode())
                .isEqualTo(200);

        Message event = userEvent(user.get("uuid").asString(), "users.created");
        JsonNode payload = json.readTree(event.getBody()).get("payload");
        assertThat(payload.get("user_id").asString()).isEqualTo(user.get("uuid").asString());
        assertThat(payload.get("company_uuid").asString())
                .isEqualTo(companyA.uuid().toString());
        assertThat(payload.get("role").asString()).isEqualTo("manager");
        assertThat(new String(event.getBody(), StandardCharsets.UTF_8))
                .doesNotContain(body.get("email").toString(), "Ana");
    }

    @Test
    void aSuperuserRegistersUsersInAnyCompany() throws Exception {
        Map<String, Object> body = newUser("bruno");
        body.put("company_id", companyB.companyId());

        HttpResponse<String> created = postJson("/api/v1/users", adminToken(), body);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(body(created).get("company_id").asString()).isEqualTo(companyB.companyId());
    }

    @Test
    void aCompanyAdminCannotCreateInAnotherCompanyNorASuperuser() throws Exception {
        Map<String, Object> elsewhere = newUser("carla");
        elsewhere.put("company_id", companyB.companyId());
        Map<String, Object> operator = newUser("dario");
        operator.put("is_superuser", true);

        assertError(postJson("/api/v1/users", token(adminA), elsewhere), 404, "COMPANY_NOT_FOUND");
        assertError(postJson("/api/v1/users", token(adminA), operator), 403, "SUPERUSER_REQUIRED");
        assertNotWritten(elsewhere, operator);
    }

    @Test
    void onlyAdminsCreateUsers() throws Exception {
        Map<String, Object> body = newUser("elena");
        for (TestUser caller : List.of(managerA, viewerA, customerA)) {
            assertError(postJson("/api/v1/users", token(caller), body), 403, "FORBIDDEN");
        }
        assertNotWritten(body);
    }

    @Test
    void duplicatesAre409NamingTheFieldCaseInsensitively() throws Exception {
        Map<String, Object> sameUsername = newUser("x");
        sameUsername.put("username", managerA.username().toUpperCase(Locale.ROOT));
        Map<String, Object> sameEmail = newUser("y");
        sameEmail.put("email", managerA.email().toUpperCase(Locale.ROOT));

        JsonNode username =
                assertError(postJson("/api/v1/users", token(adminA), sameUsername), 409, "USER_ALREADY_EXISTS");
        JsonNode email = assertError(postJson("/api/v1/users", token(adminA), sameEmail), 409, "USER_ALREADY_EXISTS");

        assertThat(username.get("errors").get(0).get("field").asString()).isEqualTo("username");
        assertThat(email.get("errors").get(0).get("field").asString()).isEqualTo("email");
        assertNotWritten(sameEmail);
    }

    @Test
    void badRegistrationsAre422NamingTheFieldAndWriteNothing() throws Exception {
        String token = token(adminA);
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("username", null);
        cases.put("email", "not-an-email");
        cases.put("password", "short");
        cases.put("first_name", "x".repeat(151));
        cases.put("phone", "call me");
        cases.put("role", "emperor");
        cases.put("document_type", "XX");
        for (Map.Entry<String, String> bad : cases.entrySet()) {
            Map<String, Object> body = newUser("bad");
            body.put(bad.getKey(), bad.getValue());
            JsonNode problem = assertError(postJson("/api/v1/users", token, body), 422, "VALIDATION_FAILED");
            assertThat(problem.get("errors").get(0).get("field").asString())
                    .as(bad.getKey())
                    .isEqualTo(bad.getKey());
            assertNotWritten(body);
        }
    }

    @Test
    void identityDocumentsMustPassTheirTypesRule() throws Exception {
        Map<String, Object> body = newUser("fabio");
        body.put("document_type", "NIT");
        body.put("number_document_identity", "900123456-7");
        Map<String, Object> missingNumber = newUser("gina");
        missingNumber.put("document_type", "CC");

        assertThat(assertError(postJson("/api/v1/users", token(adminA), body), 422, "VALIDATION_FAILED")
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("number_document_identity");
        assertError(postJson("/api/v1/users", token(adminA), missingNumber), 422, "VALIDATION_FAILED");
        assertNotWritten(body, missingNumber);
    }

    @Test
    void overlongPasswordsAndUnknownFieldsAreRefused() throws Exception {
        Map<String, Object> overlong = newUser("hugo");
        overlong.put("password", "é".repeat(37));
        Map<String, Object> unknown = newUser("irene");
        unknown.put("is_admin", true);

        assertError(postJson("/api/v1/users", token(adminA), overlong), 422, "VALIDATION_FAILED");
        assertError(postJson("/api/v1/users", token(adminA), unknown), 422, "UNKNOWN_FIELD");
        assertNotWritten(overlong, unknown);
    }

    @Test
    void aSuperuserCannotPlaceUsersInAnInactiveCompany() throws Exception {
        Map<String, Object> body = newUser("jose");
        body.put("company_id", accounts.company("suspended").companyId());

        assertError(postJson("/api/v1/users", adminToken(), body), 422, "VALIDATION_FAILED");
        assertNotWritten(body);
    }

    // ---- update

    @Test
    void usersUpdateTheirOwnProfilePartiallyAndAnEventNamesTheChangedFields() throws Exception {
        HttpResponse<String> updated = putJson(
                "/api/v1/users/" + managerA.uuid(),
                token(managerA),
                Map.of("first_name", "Mariana", "phone", "+57 300 123 4567"));

        assertThat(updated.statusCode()).isEqualTo(200);
        JsonNode user = body(updated);
        assertThat(user.get("first_name").asString()).isEqualTo("Mariana");
        assertThat(user.get("last_name").asString()).as("absent fields stay").isEqualTo("User");
        assertThat(user.get("phone").asString()).isEqualTo("+57 300 123 4567");

        JsonNode payload = json.readTree(
                        userEvent(managerA.uuid().toString(), "users.updated").getBody())
                .get("payload");
        assertThat(payload.get("changes").valueStream().map(JsonNode::asString)).containsExactly("first_name", "phone");
        assertThat(payload.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void nullClearsANullableFieldAndIsRefusedForOthers() throws Exception {
        String token = token(customerA);
        putJson("/api/v1/users/" + customerA.uuid(), token, Map.of("phone", "+573001234567"));
        Map<String, Object> clear = new LinkedHashMap<>();
        clear.put("phone", null);
        Map<String, Object> clearUsername = new LinkedHashMap<>();
        clearUsername.put("username", null);

        assertThat(body(putJson("/api/v1/users/" + customerA.uuid(), token, clear))
                        .get("phone")
                        .isNull())
                .isTrue();
        assertError(putJson("/api/v1/users/" + customerA.uuid(), token, clearUsername), 422, "VALIDATION_FAILED");
    }

    @Test
    void nobodyRaisesTheirOwnAccess() throws Exception {
        String token = token(managerA);
        for (Map<String, Object> escalation : List.<Map<String, Object>>of(
                Map.of("role", "admin"),
                Map.of("is_active", true),
                Map.of("active", true),
                Map.of("is_staff", true),
                Map.of("is_superuser", true),
                Map.of("company_id", companyB.companyId()))) {
            HttpResponse<String> response = putJson("/api/v1/users/" + managerA.uuid(), token, escalation);
            assertThat(response.statusCode()).as(escalation.toString()).isEqualTo(403);
        }
        JsonNode unchanged = body(get("/api/v1/users/" + managerA.uuid(), token));
        assertThat(unchanged.get("role").asString()).isEqualTo("manager");
        assertThat(unchanged.get("is_superuser").asBoolean()).isFalse();
        assertThat(unchanged.get("company_id").asString()).isEqualTo(companyA.companyId());
        assertThat(unchanged.get("is_staff").asBoolean()).isFalse();
    }

    @Test
    void aCompanyAdminChangesAnotherUsersRoleAndTheirTokensStopWorking() throws Exception {
        String managerToken = token(managerA);

        HttpResponse<String> updated =
                putJson("/api/v1/users/" + managerA.uuid(), token(adminA), Map.of("role", "viewer"));

        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(body(updated).get("role").asString()).isEqualTo("viewer");
        assertThat(get("/api/v1/auth/me", managerToken).statusCode()).isEqualTo(401);
    }

    @Test
    void aCompanyAdminCannotMoveUsersBetweenCompaniesNorPromoteSuperusers() throws Exception {
        String token = token(adminA);

        assertError(
                putJson("/api/v1/users/" + managerA.uuid(), token, Map.of("company_id", companyB.companyId())),
                403,
                "SUPERUSER_REQUIRED");
        assertError(
                putJson("/api/v1/users/" + managerA.uuid(), token, Map.of("is_superuser", true)),
                403,
                "SUPERUSER_REQUIRED");
        assertError(
                putJson("/api/v1/users/" + adminB.uuid(), token, Map.of("first_name", "Hacked")),
                404,
                "USER_NOT_FOUND");
        assertThat(body(get("/api/v1/users/" + adminB.uuid(), adminToken()))
                        .get("first_name")
                        .asString())
                .isEqualTo("Test");
    }

    @Test
    void deactivatingWithTheSeedsAliasEndsSessionsAndSignIn() throws Exception {
        String viewerToken = token(viewerA);

        HttpResponse<String> updated =
                putJson("/api/v1/users/" + viewerA.uuid(), token(adminA), Map.of("active", false));

        assertThat(body(updated).get("is_active").asBoolean()).isFalse();
        assertThat(get("/api/v1/auth/me", viewerToken).statusCode()).isEqualTo(401);
        assertThat(attemptLogin(viewerA.username(), TestAccounts.PASSWORD).statusCode())
                .isEqualTo(401);
    }

    @Test
    void rolesWithoutUsersUpdateCannotChangeOthers() throws Exception {
        assertError(
                putJson("/api/v1/users/" + customerA.uuid(), token(viewerA), Map.of("first_name", "X")),
                403,
                "FORBIDDEN");
        assertError(
                putJson("/api/v1/users/" + viewerA.uuid(), token(customerA), Map.of("first_name", "X")),
                403,
                "FORBIDDEN");
        assertError(
                putJson("/api/v1/users/" + viewerA.uuid(), token(managerA), Map.of("first_name", "X")),
                403,
                "FORBIDDEN");
    }

    @Test
    void badUpdatesAreRefusedAndChangeNothing() throws Exception {
        String token = token(adminA);
        String path = "/api/v1/users/" + viewerA.uuid();

        assertError(putJson(path, token, Map.of("nickname", "V")), 422, "UNKNOWN_FIELD");
        assertError(putJson(path, token, Map.of("is_active", "yes")), 422, "VALIDATION_FAILED");
        assertError(putJson(path, token, Map.of("email", managerA.email())), 409, "USER_ALREADY_EXISTS");
        assertError(putJson(path, token, Map.of("email", "nope")), 422, "VALIDATION_FAILED");
        assertError(
                putJson(path, token, Map.of("first_name", "Ok", "number_document_identity", "123")),
                422,
                "VALIDATION_FAILED");
        assertError(
                send(request(path, token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("[1]"))),
                400,
                "MALFORMED_REQUEST");
        JsonNode unchanged = body(get(path, token));
        assertThat(unchanged.get("first_name").asString()).isEqualTo("Test");
        assertThat(unchanged.get("email").asString()).isEqualTo(viewerA.email());
    }

    // ---- delete

    @Test
    void anAdminDeletesAUserWhoseTokensAndSignInStopAndAnEventIsPublished() throws Exception {
        String viewerToken = token(viewerA);

        HttpResponse<String> deleted =
                send(request("/api/v1/users/" + viewerA.uuid(), token(adminA)).DELETE());

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(get("/api/v1/auth/me", viewerToken).statusCode()).isEqualTo(401);
        assertThat(attemptLogin(viewerA.username(), TestAccounts.PASSWORD).statusCode())
                .isEqualTo(401);
        assertError(get("/api/v1/users/" + viewerA.uuid(), token(adminA)), 404, "USER_NOT_FOUND");
        assertThat(userEvent(viewerA.uuid().toString(), "users.deleted")).isNotNull();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM identity.user_session s JOIN identity.user_account u ON u.id = s.user_id WHERE u.uuid = ?",
                        Integer.class,
                        viewerA.uuid()))
                .isZero();
    }

    @Test
    void deletionIsRefusedAcrossCompaniesToOtherRolesAndForOneself() throws Exception {
        assertError(
                send(request("/api/v1/users/" + adminB.uuid(), token(adminA)).DELETE()), 404, "USER_NOT_FOUND");
        assertError(
                send(request("/api/v1/users/" + adminB.uuid() + "/unlock", token(adminA))
                        .POST(HttpRequest.BodyPublishers.noBody())),
                404,
                "USER_NOT_FOUND");
        assertError(
                send(request("/api/v1/users/" + viewerA.uuid(), token(managerA)).DELETE()), 403, "FORBIDDEN");
        assertError(
                send(request("/api/v1/users/" + adminA.uuid(), token(adminA)).DELETE()), 403, "CANNOT_DELETE_SELF");
        assertThat(get("/api/v1/users/" + viewerA.uuid(), token(adminA)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anInternalServiceReadsUsersButNeverChangesThem() throws Exception {
        TestUser service = accounts.user(companyA, "internal_service");
        String token = token(service);
        Map<String, Object> body = newUser("kim");

        assertThat(get("/api/v1/users", token).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/users/" + viewerA.uuid(), token).statusCode()).isEqualTo(200);
        assertError(get("/api/v1/users/" + adminB.uuid(), token), 404, "USER_NOT_FOUND");
        assertError(postJson("/api/v1/users", token, body), 403, "FORBIDDEN");
        assertError(putJson("/api/v1/users/" + viewerA.uuid(), token, Map.of("first_name", "X")), 403, "FORBIDDEN");
        assertError(send(request("/api/v1/users/" + viewerA.uuid(), token).DELETE()), 403, "FORBIDDEN");
        assertNotWritten(body);
    }

    @Test
    void viewersAndCustomersCannotDeleteOrUnlock() throws Exception {
        for (TestUser caller : List.of(viewerA, customerA)) {
            assertError(
                    send(request("/api/v1/users/" + managerA.uuid(), token(caller))
                            .DELETE()),
                    403,
                    "FORBIDDEN");
            assertError(
                    send(request("/api/v1/users/" + managerA.uuid() + "/unlock", token(caller))
                            .POST(HttpRequest.BodyPublishers.noBody())),
                    403,
                    "FORBIDDEN");
        }
        assertThat(get("/api/v1/users/" + managerA.uuid(), token(adminA)).statusCode())
                .isEqualTo(200);
    }

    // ---- unlock

    @Test
    void anAdminUnlocksAnAccountLockedByFailedSignIns() throws Exception {
        for (int i = 0; i < 5; i++) {
            attemptLogin(viewerA.username(), "wrong password");
        }
        assertThat(attemptLogin(viewerA.username(), TestAccounts.PASSWORD).statusCode())
                .isEqualTo(429);
        assertThat(send(request("/api/v1/users/" + viewerA.uuid() + "/unlock", token(managerA))
                                .POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> unlocked = send(request("/api/v1/users/" + viewerA.uuid() + "/unlock", token(adminA))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(unlocked.statusCode()).isEqualTo(204);
        assertThat(attemptLogin(viewerA.username(), TestAccounts.PASSWORD).statusCode())
                .isEqualTo(200);
    }

    // ---- helpers

    private final java.util.Map<String, String> tokens = new java.util.HashMap<>();

    private String token(TestUser user) throws Exception {
        String token = tokens.get(user.username());
        if (token == null) {
            token = login(user.username(), TestAccounts.PASSWORD);
            tokens.put(user.username(), token);
        }
        return token;
    }

    private HttpResponse<String> attemptLogin(String username, String password) throws Exception {
        return post(
                "/api/v1/auth/login",
                "application/json",
                json.writeValueAsString(Map.of("username", username, "password", password)));
    }

    private Map<String, Object> newUser(String name) {
        String unique = name + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", unique);
        body.put("email", unique + "@example.com");
        body.put("password", "a long enough password");
        body.put("first_name", "Ana");
        body.put("last_name", "Gómez");
        body.put("role", "manager");
        return body;
    }

    private List<String> usernames(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return body(response)
                .get("users")
                .valueStream()
                .map(user -> user.get("username").asString())
                .toList();
    }

    private long userId(TestUser user) {
        return jdbc.queryForObject("SELECT id FROM identity.user_account WHERE uuid = ?", Long.class, user.uuid());
    }

    @SafeVarargs
    private void assertNotWritten(Map<String, Object>... bodies) {
        for (Map<String, Object> body : bodies) {
            Object username = body.get("username");
            if (username != null) {
                assertThat(jdbc.queryForObject(
                                "SELECT count(*) FROM identity.user_account WHERE lower(username) = lower(?)",
                                Integer.class,
                                username))
                        .as("nothing written for " + username)
                        .isZero();
            }
        }
    }

    private Message userEvent(String userUuid, String type) {
        List<Message> messages = userEvents.receiveMatching(
                message -> type.equals(message.getMessageProperties().getType())
                        && new String(message.getBody(), StandardCharsets.UTF_8).contains(userUuid),
                1,
                Duration.ofSeconds(10));
        assertThat(messages).as(type + " for " + userUuid).hasSize(1);
        return messages.getFirst();
    }
}
