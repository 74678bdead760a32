package com.customerplatform.security;

import com.customerplatform.identity.TestAccounts;
import com.customerplatform.security.ApiDocument.Operation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A well-formed body for every operation that takes one, so that what the suites vary (a foreign
 * id, an injected member, a mutation) is the only thing wrong with a request. The schema cannot
 * tell these (uniqueness, document rules, a refresh token), so they are written down; an operation
 * without an entry fails every suite until it gets one.
 */
final class RequestBodies {

    static final String JSON = "application/json";
    static final String JSON_PATCH = "application/json-patch+json";
    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String MULTIPART = "multipart/form-data";

    /** The smallest thing the avatar upload takes for an image: the PNG signature and a few bytes. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    /** Who sends the body: a superuser names the business and company that a company user gets implicitly. */
    record Sender(Tenant home, boolean superuser) {}

    private static final Map<String, Function<Sender, List<Payload>>> BODIES = Map.ofEntries(
            Map.entry(
                    "POST /api/v1/auth/login",
                    sender -> json("""
                            {"username": "%s", "password": "%s"}""".formatted(sender.home().member().username(), TestAccounts.PASSWORD))),
            Map.entry("POST /api/v1/auth/refresh", sender -> json("""
                    {"refresh_token": "an-unknown-refresh-token"}""")),
            // No suite signs in externally: the code is complete in shape and refused as unknown.
            Map.entry("POST /api/v1/auth/exchange", sender -> json("""
                    {"code": "an-unknown-hand-off-code"}""")),
            // A wrong current password: the body is complete, and no suite changes anybody's password.
            Map.entry("POST /api/v1/auth/change-password", sender -> json("""
                    {"current_password": "not the current password", "new_password": "a new long password"}""")),
            Map.entry("POST /api/v1/users", sender -> {
                String name = "made_" + unique();
                return json("""
                        {"username": "%s", "email": "%s@example.com", "password": "a long enough password",
                         "first_name": "Made", "role": "viewer"%s}""".formatted(
                                name,
                                name,
                                sender.superuser()
                                        ? ", \"company_id\": \""
                                                + sender.home().company().companyId() + "\""
                                        : ""));
            }),
            Map.entry("PUT /api/v1/users/{userId}", sender -> json("""
                    {"first_name": "Renamed"}""")),
            Map.entry("POST /api/v1/companies", sender -> json("""
                    {"name": "Company %1$s", "document_type": "PASSPORT", "document_number": "P%1$s"}""".formatted(unique().toUpperCase(Locale.ROOT)))),
            Map.entry("PUT /api/v1/companies/{companyId}", sender -> json("""
                    {"name": "Renamed company"}""")),
            Map.entry("POST /api/v1/document-types", sender -> json("""
                    {"code": "D%1$s", "name": "Type %1$s", "validation_rule": "PASSPORT"}""".formatted(unique().toUpperCase(Locale.ROOT)))),
            Map.entry("PUT /api/v1/document-types/{code}", sender -> json("""
                    {"name": "Renamed type"}""")),
            Map.entry(
                    "POST /v1/customers",
                    sender -> json("""
                    {"full_name": "Made Customer", "email": "made-%s@example.com"%s}""".formatted(
                                    unique(),
                                    sender.superuser()
                                            ? ", \"business_id\": \""
                                                    + sender.home().company().uuid() + "\""
                                            : ""))),
            Map.entry(
                    "PATCH /v1/customers/{customerId}",
                    sender -> List.of(Payload.of(JSON_PATCH, """
                                    [{"op": "replace", "path": "/full_name", "value": "Patched Name"}]"""), Payload.of(MERGE_PATCH, """
                                    {"full_name": "Patched Name"}"""))),
            Map.entry("POST /v1/customers/{customerId}/avatar", sender -> List.of(multipartImage())),
            Map.entry("POST /v1/customers/{customerId}/notes", sender -> json("""
                    {"body": "Another note"}""")),
            Map.entry("POST /v1/customers/tags", sender -> json("""
                    {"name": "Made-%s", "color": "#336699"}""".formatted(unique()))),
            Map.entry("POST /v1/customers/{customerId}/tags", sender -> json("""
                    {"names": ["Attached-%s"]}""".formatted(unique()))),
            Map.entry(
                    "POST /v1/customers/gdpr/export",
                    sender -> json("""
                    {"user_id": "%s"}""".formatted(sender.home().customerUser().uuid()))),
            Map.entry(
                    "POST /v1/customers/gdpr/erase",
                    sender -> json("""
                    {"user_id": "%s"}""".formatted(sender.home().customerUser().uuid()))));

    private RequestBodies() {}

    /** One body per media type the operation accepts; none when it takes no body. */
    static List<Payload> of(Operation operation, Sender sender) {
        if (!operation.takesBody()) {
            return List.of();
        }
        Function<Sender, List<Payload>> bodies = BODIES.get(operation.key());
        if (bodies == null) {
            throw new AssertionError("No valid body for " + operation.key() + ": add one to RequestBodies");
        }
        return bodies.apply(sender);
    }

    static Set<String> operations() {
        return BODIES.keySet();
    }

    private static List<Payload> json(String text) {
        return List.of(Payload.of(JSON, text));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 12).replace("-", "");
    }

    private static Payload multipartImage() {
        String boundary = "----part" + unique();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(PNG);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Payload(MULTIPART + "; boundary=" + boundary, body.toByteArray());
    }
}
