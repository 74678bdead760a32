package com.customerplatform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts;
import com.customerplatform.identity.TestAccounts.TestCompany;
import com.customerplatform.identity.TestAccounts.TestUser;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What the API-abuse suites share: the live OpenAPI document, tenants with one of every
 * resource, any request at all, and snapshots of a tenant's rows to prove a refused write
 * changed nothing.
 */
abstract class ApiAbuseTest extends PlatformIntegrationTest {

    @Autowired
    protected JdbcTemplate jdbc;

    protected TestAccounts accounts;

    private final Map<String, String> tokens = new HashMap<>();

    @BeforeEach
    final void createAccounts() {
        accounts = new TestAccounts(jdbc);
    }

    protected ApiDocument apiDocument() throws IOException, InterruptedException {
        HttpResponse<String> document = get("/v3/api-docs");
        assertThat(document.statusCode()).as(document.body()).isEqualTo(200);
        return new ApiDocument(body(document));
    }

    /** A signed-in user's access token, signed in once per test. */
    protected String token(TestUser user) throws IOException, InterruptedException {
        String token = tokens.get(user.username());
        if (token == null) {
            token = login(user.username(), TestAccounts.PASSWORD);
            tokens.put(user.username(), token);
        }
        return token;
    }

    protected String superuserToken() throws IOException, InterruptedException {
        String token = tokens.get(ADMIN_USERNAME);
        if (token == null) {
            token = adminToken();
            tokens.put(ADMIN_USERNAME, token);
        }
        return token;
    }

    /** A new company with one of every resource, made through the API by its own admin. */
    protected Tenant tenant() throws IOException, InterruptedException {
        TestCompany company = accounts.company("active");
        TestUser admin = accounts.user(company, "admin");
        TestUser customerUser = accounts.user(company, "customer");
        TestUser member = accounts.user(company, "viewer");
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String adminToken = token(admin);
        UUID ownProfile = createdId(postJson(
                "/v1/customers",
                adminToken,
                Map.of(
                        "full_name",
                        "Own Profile",
                        "user_id",
                        customerUser.uuid().toString())));
        UUID customer = createdId(postJson(
                "/v1/customers",
                adminToken,
                Map.of("full_name", "Kept Customer", "email", "kept-" + suffix + "@example.com")));
        UUID note = createdId(postJson("/v1/customers/" + customer + "/notes", adminToken, Map.of("body", "A note")));
        String tagName = "Tag-" + suffix;
        HttpResponse<String> tagged =
                postJson("/v1/customers/" + customer + "/tags", adminToken, Map.of("names", List.of(tagName)));
        assertThat(tagged.statusCode()).as(tagged.body()).isEqualTo(200);
        String code = "T" + suffix;
        HttpResponse<String> documentType = postJson(
                "/api/v1/document-types",
                superuserToken(),
                Map.of("code", code, "name", "Test type " + code, "validation_rule", "PASSPORT"));
        assertThat(documentType.statusCode()).as(documentType.body()).isEqualTo(201);
        return new Tenant(
                company,
                jdbc.queryForObject("SELECT id FROM company.companies WHERE uuid = ?", Long.class, company.uuid()),
                admin,
                customerUser,
                member,
                jdbc.queryForObject("SELECT id FROM identity.user_account WHERE uuid = ?", Long.class, member.uuid()),
                ownProfile,
                customer,
                note,
                tagName,
                code);
    }

    protected UUID createdId(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return UUID.fromString(body(created).get("id").asString());
    }

    /** Any request: any method, path (already encoded), token, body and extra headers. */
    protected HttpResponse<String> call(
            String method, String path, @Nullable String token, @Nullable Payload payload, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = token == null ? request(path) : request(path, token);
        if (payload != null) {
            request.header("Content-Type", payload.contentType());
        }
        headers.forEach(request::header);
        return send(request.method(
                method,
                payload == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(payload.bytes())));
    }

    /**
     * Everything stored about these tenants that a request could change: each company, its users
     * (without sign-in bookkeeping), profiles, notes, tags, tag links, orders, and its document
     * type. Sessions and the audit log are left out: reads and refusals legitimately write them.
     */
    protected List<String> rows(Tenant... tenants) {
        String in = String.join(", ", Collections.nCopies(tenants.length, "?"));
        List<Object> arguments = new ArrayList<>();
        for (int part = 0; part < 7; part++) {
            for (Tenant tenant : tenants) {
                arguments.add(
                        part == 1
                                ? tenant.company().companyId()
                                : tenant.company().uuid());
            }
        }
        for (Tenant tenant : tenants) {
            arguments.add(tenant.documentTypeCode());
        }
        // Children by ANY(ARRAY(…)) rather than a join: the planner then uses their customer_id indexes.
        return jdbc.queryForList("""
                SELECT 'company ' || c::text AS row FROM company.companies c WHERE c.uuid IN (%1$s)
                UNION ALL
                SELECT 'user ' || (u.id, u.uuid, u.unique_id, u.username, u.email, u.password_hash, u.first_name,
                    u.last_name, u.phone, u.address, u.document_type, u.number_document_identity, u.role,
                    u.is_active, u.is_staff, u.is_superuser, u.company_id, u.version, u.updated_at)::text
                FROM identity.user_account u WHERE u.company_id IN (%1$s)
                UNION ALL
                SELECT 'customer ' || p::text FROM customer.customers p WHERE p.business_id IN (%1$s)
                UNION ALL
                SELECT 'note ' || n::text FROM customer.notes n
                WHERE n.customer_id = ANY (ARRAY(SELECT id FROM customer.customers WHERE business_id IN (%1$s)))
                UNION ALL
                SELECT 'tag ' || t::text FROM customer.tags t WHERE t.business_id IN (%1$s)
                UNION ALL
                SELECT 'tagged ' || l::text FROM customer.customer_tags l
                WHERE l.customer_id = ANY (ARRAY(SELECT id FROM customer.customers WHERE business_id IN (%1$s)))
                UNION ALL
                SELECT 'order ' || o::text FROM customer.orders o
                WHERE o.customer_id = ANY (ARRAY(SELECT id FROM customer.customers WHERE business_id IN (%1$s)))
                UNION ALL
                SELECT 'document type ' || d::text FROM company.document_type d WHERE d.code IN (%1$s)
                ORDER BY 1""".formatted(in), String.class, arguments.toArray());
    }

    /** The body of an error response, once it is shown to be an RFC 9457 problem of this status. */
    protected JsonNode assertProblem(HttpResponse<String> response, String context) {
        assertThat(response.headers().firstValue("Content-Type"))
                .as("content type of %s → %s", context, response.statusCode())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = body(response);
        assertThat(problem.path("status").asInt())
                .as("status member of %s", context)
                .isEqualTo(response.statusCode());
        assertThat(problem.path("error_code").asString(""))
                .as("error_code of %s", context)
                .isNotBlank();
        return problem;
    }
}
