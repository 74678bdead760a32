package com.customerplatform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.customerplatform.identity.TestAccounts.TestCompany;
import com.customerplatform.identity.TestAccounts.TestUser;
import com.customerplatform.security.ApiDocument.Operation;
import com.customerplatform.security.ApiDocument.Parameter;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The service's size limits, each answered with a 4xx problem and never a 500: request bodies
 * ({@code MAX_REQUEST_BODY_SIZE}, 1 MB; multipart uploads their own), JSON nesting
 * ({@code JSON_MAX_NESTING_DEPTH}, 32, for customer patches too), page sizes (every paginated list of the OpenAPI
 * document: 1–100) and header and URL sizes (16 KB).
 */
class RequestLimitsTest extends ApiAbuseTest {

    private static final int MAX_BODY = 1024 * 1024;
    private static final int MAX_DEPTH = 32;

    /**
     * Lists answered whole, and why their size is bounded anyway. Every other operation that
     * returns a JSON array must take {@code limit} and {@code offset}.
     */
    private static final Map<String, String> UNPAGED_LISTS = Map.of(
            "GET /api/v1/document-types", "the catalogue of document types: a few dozen rows kept by superusers");

    @Test
    void aBodyDeclaredOverTheLimitIsRefusedBeforeAuthenticationOrParsing() throws Exception {
        TestUser admin = companyAdmin();
        String oversized = "{\"full_name\": \"" + "A".repeat(MAX_BODY) + "\"}";

        HttpResponse<String> anonymous = post("/v1/customers", "application/json", oversized);
        HttpResponse<String> signedIn =
                call("POST", "/v1/customers", token(admin), Payload.of("application/json", oversized), Map.of());

        assertError(anonymous, 413, "PAYLOAD_TOO_LARGE");
        assertError(signedIn, 413, "PAYLOAD_TOO_LARGE");
        assertThat(profilesOf(admin)).isZero();
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimitWhateverReadsIt() throws Exception {
        TestUser admin = companyAdmin();
        String profile = createdId(postJson("/v1/customers", token(admin), Map.of("full_name", "Limit Target")))
                .toString();
        byte[] json = ("{\"full_name\": \"" + "A".repeat(MAX_BODY) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> created = chunked("POST", "/v1/customers", token(admin), "application/json", json);
        HttpResponse<String> patched =
                chunked("PATCH", "/v1/customers/" + profile, token(admin), "application/merge-patch+json", json);

        assertError(created, 413, "PAYLOAD_TOO_LARGE");
        assertError(patched, 413, "PAYLOAD_TOO_LARGE");
        assertThat(profilesOf(admin)).isEqualTo(1);
        assertThat(body(get("/v1/customers/" + profile, token(admin)))
                        .get("full_name")
                        .asString())
                .isEqualTo("Limit Target");
    }

    @Test
    void aBodyUnderTheLimitIsReadAndJudgedOnItsContent() throws Exception {
        TestUser admin = companyAdmin();
        String almost = "{\"full_name\": \"" + "A".repeat(MAX_BODY - 100) + "\"}";

        HttpResponse<String> response =
                call("POST", "/v1/customers", token(admin), Payload.of("application/json", almost), Map.of());

        assertThat(assertError(response, 422, "VALIDATION_FAILED")
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("full_name");
    }

    /**
     * Uploads are judged by the multipart limits (and the avatar's own), not the body limit. An
     * upload over the multipart request limit is refused from its Content-Length, and Tomcat then
     * closes the connection while a plain HTTP/1.1 client is still sending: that case is left out.
     */
    @Test
    void anUploadOverTheBodyLimitIsJudgedByTheAvatarLimit() throws Exception {
        TestUser admin = companyAdmin();
        String profile = createdId(postJson("/v1/customers", token(admin), Map.of("full_name", "Avatar Target")))
                .toString();

        assertError(
                postFile(
                        "/v1/customers/" + profile + "/avatar",
                        token(admin),
                        "a.png",
                        "image/png",
                        Arrays.copyOf(RequestBodies.PNG, 3 * MAX_BODY)),
                413,
                "AVATAR_TOO_LARGE");
        HttpResponse<String> underAvatarLimit = postFile(
                "/v1/customers/" + profile + "/avatar",
                token(admin),
                "a.png",
                "image/png",
                Arrays.copyOf(RequestBodies.PNG, MAX_BODY + MAX_BODY / 2));
        assertThat(underAvatarLimit.statusCode()).as(underAvatarLimit.body()).isEqualTo(200);
    }

    @Test
    void jsonBeyondTheParserLimitsIsRefusedWhateverReadsIt() throws Exception {
        TestUser admin = companyAdmin();
        String token = token(admin);
        String self = "/api/v1/users/" + admin.uuid();
        String profile =
                "/v1/customers/" + createdId(postJson("/v1/customers", token, Map.of("full_name", "Depth Target")));

        JsonNode tooDeep = assertError(
                call("PUT", self, token, json(nested("first_name", MAX_DEPTH + 1)), Map.of()),
                400,
                "JSON_LIMIT_EXCEEDED");
        assertError(call("PUT", self, token, json(nested("first_name", 20_000)), Map.of()), 400, "JSON_LIMIT_EXCEEDED");
        assertError(
                call("PUT", self, token, json(nested("first_name", MAX_DEPTH)), Map.of()), 422, "VALIDATION_FAILED");
        assertError(
                call("PUT", self, token, json("{\"first_name\": 1" + "0".repeat(1_000) + "}"), Map.of()),
                400,
                "JSON_LIMIT_EXCEEDED");
        JsonNode tooDeepPatch = assertError(
                call(
                        "PATCH",
                        profile,
                        token,
                        Payload.of("application/merge-patch+json", nested("full_name", MAX_DEPTH + 1)),
                        Map.of()),
                422,
                "INVALID_PATCH");
        assertError(
                call(
                        "PATCH",
                        profile,
                        token,
                        Payload.of("application/merge-patch+json", nested("full_name", MAX_DEPTH)),
                        Map.of()),
                422,
                "VALIDATION_FAILED");

        assertThat(tooDeep.get("detail").asString()).doesNotContain("Constraints", "jackson");
        assertThat(tooDeepPatch.get("detail").asString()).contains("nested");
        assertThat(body(get(self, token)).get("first_name").asString()).isEqualTo("Test");
    }

    @TestFactory
    Stream<DynamicTest> everyListTakesAPageOfAtMostAHundred() throws Exception {
        ApiDocument api = apiDocument();
        Tenant tenant = tenant();
        String token = token(tenant.admin());
        List<Operation> lists = api.operations().stream()
                .filter(operation -> operation.method().equals("GET"))
                .filter(operation -> hasParameter(operation, "limit") || operation.returnsArray())
                .toList();
        assertThat(lists.stream().map(Operation::key)).containsAll(UNPAGED_LISTS.keySet());

        return lists.stream()
                .filter(operation -> !UNPAGED_LISTS.containsKey(operation.key()))
                .map(operation -> dynamicTest(operation.key(), () -> {
                    assertThat(hasParameter(operation, "limit") && hasParameter(operation, "offset"))
                            .as("%s returns a list: it must take limit and offset", operation.key())
                            .isTrue();
                    String path = operation.expand(first(tenant.pathValues()));
                    for (String refused : List.of("limit=101", "limit=0", "limit=-1", "offset=-1")) {
                        JsonNode problem = assertError(get(path + "?" + refused, token), 422, "VALIDATION_FAILED");
                        assertThat(problem.get("errors").get(0).get("field").asString())
                                .isEqualTo(refused.substring(0, refused.indexOf('=')));
                    }
                    assertError(get(path + "?limit=2147483648", token), 400, "BAD_REQUEST");
                    assertError(get(path + "?offset=abc", token), 400, "BAD_REQUEST");
                    HttpResponse<String> fullPage = get(path + "?limit=100&offset=0", token);
                    assertThat(fullPage.statusCode()).as(fullPage.body()).isEqualTo(200);
                }));
    }

    @Test
    void oversizedHeadersAndUrlsAreClientErrors() throws Exception {
        HttpResponse<String> hugeHeader = send(request("/api/v1/users/roles")
                .header("X-Padding", "a".repeat(20_000))
                .GET());
        HttpResponse<String> hugeUrl = get("/api/v1/users/roles?padding=" + "a".repeat(20_000));
        HttpRequest.Builder manyHeaders = request("/api/v1/users/roles");
        for (int i = 0; i < 200; i++) {
            manyHeaders.header("X-Header-" + i, "value");
        }

        for (HttpResponse<String> response : List.of(hugeHeader, hugeUrl, send(manyHeaders.GET()))) {
            assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
            assertProblem(response, "an oversized request head");
        }
    }

    // ---- helpers

    private TestUser companyAdmin() {
        TestCompany company = accounts.company("active");
        return accounts.user(company, "admin");
    }

    private int profilesOf(TestUser admin) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM customer.customers p JOIN company.companies c ON c.uuid = p.business_id"
                        + " WHERE c.company_id = ?",
                Integer.class,
                admin.companyId());
    }

    private HttpResponse<String> chunked(String method, String path, String token, String contentType, byte[] body)
            throws Exception {
        // An input stream of unknown length: the client sends it chunked, without Content-Length.
        return send(request(path, token)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    private static Payload json(String text) {
        return Payload.of("application/json", text);
    }

    /** {@code {"member": {"a": {…}}}}, the document {@code depth} levels deep. */
    private static String nested(String member, int depth) {
        return "{\"" + member + "\": " + "{\"a\": ".repeat(depth - 2) + "{}" + "}".repeat(depth - 2) + "}";
    }

    private static boolean hasParameter(Operation operation, String name) {
        return operation.queryParameters().stream().map(Parameter::name).anyMatch(name::equals);
    }

    private static Map<String, String> first(Map<String, List<String>> values) {
        Map<String, String> first = new LinkedHashMap<>();
        values.forEach((name, spellings) -> first.put(name, spellings.getFirst()));
        return first;
    }
}
