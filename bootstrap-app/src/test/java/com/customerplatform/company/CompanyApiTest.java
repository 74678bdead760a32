package com.customerplatform.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts;
import com.customerplatform.identity.TestAccounts.TestCompany;
import com.customerplatform.identity.TestAccounts.TestUser;
import com.customerplatform.platform.messaging.ProbeQueue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The companies API against every role, across companies, with bad input, and its events on the broker. */
class CompanyApiTest extends PlatformIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RabbitTemplate rabbit;

    TestAccounts accounts;
    TestCompany companyA;
    TestCompany companyB;
    TestUser adminA;
    TestUser viewerA;
    TestUser customerA;
    ProbeQueue companyEvents;
    String superuser;

    @BeforeEach
    void setUp() throws Exception {
        accounts = new TestAccounts(jdbc);
        companyA = accounts.company("active");
        companyB = accounts.company("active");
        adminA = accounts.user(companyA, "admin");
        viewerA = accounts.user(companyA, "viewer", false);
        customerA = accounts.user(companyA, "customer");
        companyEvents = new ProbeQueue(rabbit, "companies.events", "companies.#");
        superuser = adminToken();
    }

    @AfterEach
    void tearDown() {
        companyEvents.delete();
    }

    @Test
    void aSuperuserOnboardsACompanyWithAGeneratedKeyAndANormalizedNit() throws Exception {
        HttpResponse<String> created = postJson("/api/v1/companies", superuser, newCompany(null, uniqueNit()));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode company = body(created);
        assertThat(company.get("company_id").asString()).matches("COMP-\\d{3,}");
        assertThat(created.headers().firstValue("Location"))
                .hasValue("/api/v1/companies/" + company.get("company_id").asString());
        assertThat(company.get("status").asString()).isEqualTo("active");
        assertThat(company.get("active").asBoolean()).isTrue();
        assertThat(company.get("document_number").asString()).matches("\\d{9}-\\d");
        assertThat(company.get("total_users").asLong()).isZero();
        Message event = companyEvent(company.get("uuid").asString(), "companies.created");
        assertThat(json.readTree(event.getBody())
                        .get("payload")
                        .get("company_id")
                        .asString())
                .isEqualTo(company.get("company_id").asString());
        assertThat(get("/metrics", superuser).body()).contains("companies_onboarded_total", "companies_active");
    }

    @Test
    void aChosenKeyIsUpperCasedAndDuplicatesAre409NamingTheField() throws Exception {
        String key = "Logistic-" + UUID.randomUUID().toString().substring(0, 6);
        String nit = uniqueNit();
        HttpResponse<String> created = postJson("/api/v1/companies", superuser, newCompany(key, nit));
        assertThat(body(created).get("company_id").asString()).isEqualTo(key.toUpperCase(Locale.ROOT));

        JsonNode sameKey = assertError(
                postJson("/api/v1/companies", superuser, newCompany(key, uniqueNit())), 409, "COMPANY_ALREADY_EXISTS");
        String compactNit = nit.replace("-", "");
        JsonNode sameDocument = assertError(
                postJson("/api/v1/companies", superuser, newCompany(null, compactNit)), 409, "COMPANY_ALREADY_EXISTS");

        assertThat(sameKey.get("errors").get(0).get("field").asString()).isEqualTo("company_id");
        assertThat(sameDocument.get("errors").get(0).get("field").asString()).isEqualTo("document_number");
    }

    @Test
    void badCompaniesAre422AndWriteNothing() throws Exception {
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("document_number", with(newCompany(null, "900123456-7"), Map.of()));
        cases.put("document_type", with(newCompany(null, uniqueNit()), Map.of("document_type", "XX")));
        cases.put("name", with(newCompany(null, uniqueNit()), Map.of("name", " ")));
        cases.put("days_credit", with(newCompany(null, uniqueNit()), Map.of("days_credit", -1)));
        cases.put("company_id", with(newCompany("12345", uniqueNit()), Map.of()));
        long before = companies();
        for (Map.Entry<String, Map<String, Object>> bad : cases.entrySet()) {
            JsonNode problem =
                    assertError(postJson("/api/v1/companies", superuser, bad.getValue()), 422, "VALIDATION_FAILED");
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(bad.getKey());
        }
        assertError(
                postJson("/api/v1/companies", superuser, with(newCompany(null, uniqueNit()), Map.of("ceo", "x"))),
                422,
                "UNKNOWN_FIELD");
        assertThat(companies()).isEqualTo(before);
    }

    @Test
    void onlySuperusersOnboardCompanies() throws Exception {
        long before = companies();
        for (TestUser caller : List.of(adminA, customerA)) {
            assertError(
                    postJson("/api/v1/companies", token(caller), newCompany(null, uniqueNit())),
                    403,
                    "SUPERUSER_REQUIRED");
        }
        assertThat(companies()).isEqualTo(before);
    }

    @Test
    void theListIsTheSeedShapeAndACompanyUserSeesOnlyItsOwnCompany() throws Exception {
        JsonNode page = body(get("/api/v1/companies", token(adminA)));

        assertThat(page.get("total").asLong()).isEqualTo(1);
        JsonNode item = page.get("companies").get(0);
        assertThat(item.propertyNames())
                .containsExactlyInAnyOrder(
                        "id",
                        "uuid",
                        "name",
                        "company_key",
                        "status",
                        "days_credit",
                        "total_users",
                        "total_active_users");
        assertThat(item.get("company_key").asString()).isEqualTo(companyA.companyId());
        assertThat(item.get("total_users").asLong()).isEqualTo(3);
        assertThat(item.get("total_active_users").asLong()).isEqualTo(2);
        assertThat(page.propertyNames()).containsExactlyInAnyOrder("companies", "total", "limit", "offset");
    }

    @Test
    void aSuperuserListsAndFiltersEveryCompany() throws Exception {
        JsonNode byKey = body(get(
                "/api/v1/companies?search=" + companyB.companyId().toLowerCase(Locale.ROOT) + "&limit=100", superuser));
        assertThat(byKey.get("companies")
                        .valueStream()
                        .map(c -> c.get("company_key").asString()))
                .containsExactly(companyB.companyId());
        TestCompany suspended = accounts.company("suspended");
        JsonNode bySuspended =
                body(get("/api/v1/companies?status=suspended&search=" + suspended.companyId(), superuser));
        assertThat(bySuspended.get("total").asLong()).isEqualTo(1);
        assertError(get("/api/v1/companies?status=bankrupt", superuser), 422, "VALIDATION_FAILED");
        assertError(get("/api/v1/companies?limit=101", superuser), 422, "VALIDATION_FAILED");
    }

    @Test
    void everyRoleReadsItsOwnCompanyByKeyOrIdAndNobodyAnotherOne() throws Exception {
        long id = jdbc.queryForObject(
                "SELECT id FROM company.companies WHERE company_id = ?", Long.class, companyA.companyId());

        assertThat(body(get("/api/v1/companies/" + companyA.companyId(), token(customerA)))
                        .get("uuid")
                        .asString())
                .isEqualTo(companyA.uuid().toString());
        assertThat(body(get("/api/v1/companies/" + id, token(adminA)))
                        .get("company_id")
                        .asString())
                .isEqualTo(companyA.companyId());
        assertError(get("/api/v1/companies/" + companyB.companyId(), token(adminA)), 404, "COMPANY_NOT_FOUND");
        assertError(get("/api/v1/companies/NOPE-404", superuser), 404, "COMPANY_NOT_FOUND");
    }

    @Test
    void aCompanyAdminUpdatesItsProfileButNotItsStatusNorAnotherCompany() throws Exception {
        String token = token(adminA);
        HttpResponse<String> renamed =
                putJson("/api/v1/companies/" + companyA.companyId(), token, Map.of("name", "Renamed S.A.S."));

        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(body(renamed).get("name").asString()).isEqualTo("Renamed S.A.S.");
        Message event = companyEvent(companyA.uuid().toString(), "companies.updated");
        assertThat(json.readTree(event.getBody())
                        .get("payload")
                        .get("changes")
                        .valueStream()
                        .map(JsonNode::asString))
                .containsExactly("name");

        assertError(
                putJson("/api/v1/companies/" + companyA.companyId(), token, Map.of("status", "inactive")),
                403,
                "SUPERUSER_REQUIRED");
        assertError(
                putJson("/api/v1/companies/" + companyA.companyId(), token, Map.of("days_credit", 90)),
                403,
                "SUPERUSER_REQUIRED");
        assertError(
                putJson("/api/v1/companies/" + companyB.companyId(), token, Map.of("name", "Hacked")),
                404,
                "COMPANY_NOT_FOUND");
        assertError(
                putJson("/api/v1/companies/" + companyA.companyId(), token(customerA), Map.of("name", "X")),
                403,
                "FORBIDDEN");
        assertThat(body(get("/api/v1/companies/" + companyB.companyId(), superuser))
                        .get("name")
                        .asString())
                .startsWith("Test company");
    }

    @Test
    void badUpdatesAreRefusedAndChangeNothing() throws Exception {
        String path = "/api/v1/companies/" + companyA.companyId();

        assertError(putJson(path, superuser, Map.of("company_id", "NEW-KEY")), 422, "VALIDATION_FAILED");
        assertError(putJson(path, superuser, Map.of("founded", 1999)), 422, "UNKNOWN_FIELD");
        assertError(putJson(path, superuser, Map.of("days_credit", "thirty")), 422, "VALIDATION_FAILED");
        assertError(putJson(path, superuser, Map.of("status", "bankrupt")), 422, "VALIDATION_FAILED");
        assertError(putJson(path, superuser, Map.of("name", "Ok", "document_number", "1")), 422, "VALIDATION_FAILED");
        assertThat(body(get(path, superuser)).get("name").asString()).startsWith("Test company");
    }

    @Test
    void suspendingEndsTheUsersSessionsAndSignInUntilReactivated() throws Exception {
        String adminToken = token(adminA);

        HttpResponse<String> suspended =
                putJson("/api/v1/companies/" + companyA.companyId(), superuser, Map.of("status", "suspended"));

        assertThat(body(suspended).get("status").asString()).isEqualTo("suspended");
        assertThat(body(suspended).get("active").asBoolean()).isFalse();
        JsonNode payload = json.readTree(companyEvent(companyA.uuid().toString(), "companies.status_changed")
                        .getBody())
                .get("payload");
        assertThat(payload.get("previous_status").asString()).isEqualTo("active");
        assertThat(payload.get("status").asString()).isEqualTo("suspended");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> get("/api/v1/auth/me", adminToken).statusCode() == 401);
        assertThat(body(login(adminA)).get("error_code").asString()).isEqualTo("COMPANY_NOT_ACTIVE");

        assertError(
                putJson("/api/v1/companies/" + companyA.companyId(), superuser, Map.of("status", "inactive")),
                409,
                "INVALID_STATUS_TRANSITION");
        putJson("/api/v1/companies/" + companyA.companyId(), superuser, Map.of("status", "active"));
        assertThat(login(adminA).statusCode()).isEqualTo(200);
    }

    @Test
    void aCompanyWithUsersCannotBeDeletedAnEmptyOneCan() throws Exception {
        assertError(
                send(request("/api/v1/companies/" + companyA.companyId(), superuser)
                        .DELETE()),
                409,
                "COMPANY_HAS_USERS");
        assertError(
                send(request("/api/v1/companies/" + companyA.companyId(), token(adminA))
                        .DELETE()),
                403,
                "SUPERUSER_REQUIRED");

        HttpResponse<String> deleted = send(
                request("/api/v1/companies/" + companyB.companyId(), superuser).DELETE());

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(companyEvent(companyB.uuid().toString(), "companies.deleted"))
                .isNotNull();
        assertError(
                send(request("/api/v1/companies/" + companyB.companyId(), superuser)
                        .DELETE()),
                404,
                "COMPANY_NOT_FOUND");
    }

    @Test
    void aCompanyAdminsAnalyticsAreItsCompanysFiguresInTheSeedShape() throws Exception {
        JsonNode analytics = body(get("/api/v1/companies/analytics", token(adminA)));

        assertThat(analytics.propertyNames())
                .containsExactlyInAnyOrder(
                        "total_companies",
                        "active_companies",
                        "inactive_companies",
                        "companies_by_status",
                        "total_users",
                        "users_by_role",
                        "new_companies_last_30_days",
                        "new_users_last_30_days");
        assertThat(analytics.get("total_companies").asLong()).isEqualTo(1);
        assertThat(analytics.get("active_companies").asLong()).isEqualTo(1);
        assertThat(analytics.get("inactive_companies").asLong()).isZero();
        assertThat(json.convertValue(analytics.get("companies_by_status"), Map.class))
                .isEqualTo(Map.of("active", 1, "inactive", 0, "suspended", 0));
        assertThat(analytics.get("total_users").asLong()).isEqualTo(3);
        assertThat(json.convertValue(analytics.get("users_by_role"), Map.class))
                .isEqualTo(Map.of("admin", 1, "manager", 0, "viewer", 1, "customer", 1, "internal_service", 0));
        assertThat(analytics.get("new_companies_last_30_days").asLong()).isEqualTo(1);
        assertThat(analytics.get("new_users_last_30_days").asLong()).isEqualTo(3);
    }

    @Test
    void aSuperusersAnalyticsCoverThePlatform() throws Exception {
        JsonNode analytics = body(get("/api/v1/companies/analytics", superuser));

        long companies = companies();
        long active = jdbc.queryForObject("SELECT count(*) FROM company.companies WHERE status = 'active'", Long.class);
        long users = jdbc.queryForObject("SELECT count(*) FROM identity.user_account", Long.class);
        long admins =
                jdbc.queryForObject("SELECT count(*) FROM identity.user_account WHERE role = 'admin'", Long.class);
        assertThat(analytics.get("total_companies").asLong()).isEqualTo(companies);
        assertThat(analytics.get("active_companies").asLong()).isEqualTo(active);
        assertThat(analytics.get("inactive_companies").asLong()).isEqualTo(companies - active);
        assertThat(analytics.get("total_users").asLong()).isEqualTo(users);
        assertThat(analytics.get("users_by_role").get("admin").asLong()).isEqualTo(admins);
        assertThat(analytics
                        .get("companies_by_status")
                        .valueStream()
                        .mapToLong(JsonNode::asLong)
                        .sum())
                .isEqualTo(companies);
    }

    @Test
    void onlyAdminsAndSuperusersReadAnalytics() throws Exception {
        assertError(get("/api/v1/companies/analytics", token(customerA)), 403, "FORBIDDEN");
        TestUser manager = accounts.user(companyA, "manager");
        assertError(get("/api/v1/companies/analytics", token(manager)), 403, "FORBIDDEN");
    }

    // ---- helpers

    private String token(TestUser user) throws Exception {
        return login(user.username(), TestAccounts.PASSWORD);
    }

    private HttpResponse<String> login(TestUser user) throws Exception {
        return post(
                "/api/v1/auth/login",
                "application/json",
                json.writeValueAsString(Map.of("username", user.username(), "password", TestAccounts.PASSWORD)));
    }

    private long companies() {
        return jdbc.queryForObject("SELECT count(*) FROM company.companies", Long.class);
    }

    /** A random 9-digit base with its DIAN check digit, so every test has its own NIT. */
    private static String uniqueNit() {
        String base = String.valueOf(800_000_000L + (long) (Math.random() * 199_999_999L));
        int[] weights = {3, 7, 13, 17, 19, 23, 29, 37, 41};
        int sum = 0;
        for (int i = 0; i < base.length(); i++) {
            sum += (base.charAt(base.length() - 1 - i) - '0') * weights[i];
        }
        int remainder = sum % 11;
        return base + "-" + (remainder < 2 ? remainder : 11 - remainder);
    }

    private static Map<String, Object> newCompany(String key, String nit) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (key != null) {
            body.put("company_id", key);
        }
        body.put("name", "New Company");
        body.put("business_name", "New Company LLC");
        body.put("document_type", "NIT");
        body.put("document_number", nit);
        body.put("days_credit", 30);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, Map<String, Object> overrides) {
        body.putAll(overrides);
        return body;
    }

    private Message companyEvent(String companyUuid, String type) {
        List<Message> messages = companyEvents.receiveMatching(
                message -> type.equals(message.getMessageProperties().getType())
                        && new String(message.getBody(), StandardCharsets.UTF_8).contains(companyUuid),
                1,
                Duration.ofSeconds(10));
        assertThat(messages).as(type + " for " + companyUuid).hasSize(1);
        return messages.getFirst();
    }
}
