package com.customerplatform.company;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts;
import com.customerplatform.identity.TestAccounts.TestUser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Superusers keep the catalogue; a used type is deactivated, not deleted, and refused for new records. */
class DocumentTypeAdminTest extends PlatformIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    String superuser;
    String code;
    TestUser companyAdmin;

    @BeforeEach
    void setUp() throws Exception {
        superuser = adminToken();
        code = "T_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        TestAccounts accounts = new TestAccounts(jdbc);
        companyAdmin = accounts.user(accounts.company("active"), "admin");
    }

    @Test
    void aSuperuserAddsATypeThatEveryoneThenSees() throws Exception {
        HttpResponse<String> created = postJson("/api/v1/document-types", superuser, newType(code));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/document-types/" + code);
        JsonNode type = body(created);
        assertThat(type.get("code").asString()).isEqualTo(code);
        assertThat(type.get("country").asString()).isEqualTo("MX");
        assertThat(type.get("validation_rule").asString()).isEqualTo("PASSPORT");
        assertThat(type.get("active").asBoolean()).isTrue();
        assertThat(codes(listAs(token(companyAdmin), false))).contains(code);
    }

    @Test
    void duplicatesAndBadTypesAreRefusedAndOnlySuperusersWrite() throws Exception {
        postJson("/api/v1/document-types", superuser, newType(code));

        assertError(
                postJson("/api/v1/document-types", superuser, newType(code.toLowerCase(Locale.ROOT))),
                409,
                "DOCUMENT_TYPE_ALREADY_EXISTS");
        assertError(
                postJson(
                        "/api/v1/document-types", superuser, with(newType("X_" + code), "validation_rule", "ANYTHING")),
                422,
                "VALIDATION_FAILED");
        assertError(
                postJson("/api/v1/document-types", superuser, with(newType("X_" + code), "country", "MEX")),
                422,
                "VALIDATION_FAILED");
        assertError(
                postJson("/api/v1/document-types", superuser, with(newType("X_" + code), "name", "")),
                422,
                "VALIDATION_FAILED");
        assertError(postJson("/api/v1/document-types", superuser, newType("9 bad")), 422, "VALIDATION_FAILED");
        assertError(
                postJson("/api/v1/document-types", token(companyAdmin), newType("Y_" + code)),
                403,
                "SUPERUSER_REQUIRED");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM company.document_type WHERE code IN (?, ?)",
                        Integer.class,
                        "X_" + code,
                        "Y_" + code))
                .isZero();
    }

    @Test
    void aDeactivatedTypeIsHiddenByDefaultAndRefusedForNewUsersAndCompanies() throws Exception {
        postJson("/api/v1/document-types", superuser, newType(code));

        HttpResponse<String> deactivated =
                putJson("/api/v1/document-types/" + code, superuser, Map.of("active", false, "name", "Old passport"));

        assertThat(body(deactivated).get("active").asBoolean()).isFalse();
        assertThat(body(deactivated).get("name").asString()).isEqualTo("Old passport");
        assertThat(codes(listAs(superuser, false))).doesNotContain(code);
        assertThat(codes(listAs(superuser, true))).contains(code);
        Map<String, Object> user = Map.of(
                "username",
                "doc-" + code.toLowerCase(Locale.ROOT),
                "email",
                code.toLowerCase(Locale.ROOT) + "@example.com",
                "password",
                "a long enough password",
                "document_type",
                code,
                "number_document_identity",
                "AB123456");
        assertThat(body(send(request("/api/v1/users", token(companyAdmin))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(user)))))
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("document_type");
        Map<String, Object> company = Map.of("name", "Doc Co", "document_type", code, "document_number", "AB123456");
        assertError(
                send(request("/api/v1/companies", superuser)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(company)))),
                422,
                "VALIDATION_FAILED");
    }

    @Test
    void anUnusedTypeIsDeletedAUsedOneOnlyDeactivated() throws Exception {
        postJson("/api/v1/document-types", superuser, newType(code));
        String used = "U_" + code;
        postJson("/api/v1/document-types", superuser, newType(used));
        Map<String, Object> user = Map.of(
                "username",
                "doc-" + used.toLowerCase(Locale.ROOT),
                "email",
                used.toLowerCase(Locale.ROOT) + "@example.com",
                "password",
                "a long enough password",
                "document_type",
                used,
                "number_document_identity",
                "AB123456");
        assertThat(send(request("/api/v1/users", token(companyAdmin))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(user))))
                        .statusCode())
                .isEqualTo(201);

        assertThat(send(request("/api/v1/document-types/" + code, superuser).DELETE())
                        .statusCode())
                .isEqualTo(204);
        HttpResponse<String> keptInactive =
                send(request("/api/v1/document-types/" + used, superuser).DELETE());

        assertThat(codes(listAs(superuser, true))).doesNotContain(code).contains(used);
        assertThat(keptInactive.statusCode()).isEqualTo(200);
        assertThat(body(keptInactive).get("active").asBoolean()).isFalse();
        assertError(
                send(request("/api/v1/document-types/" + code, superuser).DELETE()), 404, "DOCUMENT_TYPE_NOT_FOUND");
        assertError(
                send(request("/api/v1/document-types/" + used, token(companyAdmin))
                        .DELETE()),
                403,
                "SUPERUSER_REQUIRED");
    }

    @Test
    void badUpdatesAreRefused() throws Exception {
        postJson("/api/v1/document-types", superuser, newType(code));

        assertError(putJson("/api/v1/document-types/" + code, superuser, Map.of("code", "NEW")), 422, "UNKNOWN_FIELD");
        assertError(
                putJson("/api/v1/document-types/" + code, superuser, Map.of("active", "no")), 422, "VALIDATION_FAILED");
        assertError(
                putJson("/api/v1/document-types/" + "NOPE_" + code, superuser, Map.of("name", "x")),
                404,
                "DOCUMENT_TYPE_NOT_FOUND");
        assertError(
                putJson("/api/v1/document-types/" + code, token(companyAdmin), Map.of("name", "x")),
                403,
                "SUPERUSER_REQUIRED");
        assertThat(body(listAs(superuser, true))
                        .valueStream()
                        .filter(t -> t.get("code").asString().equals(code))
                        .findFirst()
                        .orElseThrow()
                        .get("name")
                        .asString())
                .isEqualTo("Pasaporte de prueba");
    }

    private static Map<String, Object> newType(String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "Pasaporte de prueba");
        body.put("description", "A test type");
        body.put("country", "mx");
        body.put("validation_rule", "PASSPORT");
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }

    private String token(TestUser user) throws Exception {
        return login(user.username(), TestAccounts.PASSWORD);
    }

    private HttpResponse<String> listAs(String token, boolean includeInactive) throws Exception {
        return send(request("/api/v1/document-types?include_inactive=" + includeInactive, token)
                .GET());
    }

    private java.util.List<String> codes(HttpResponse<String> response) {
        return body(response)
                .valueStream()
                .map(type -> type.get("code").asString())
                .toList();
    }
}
