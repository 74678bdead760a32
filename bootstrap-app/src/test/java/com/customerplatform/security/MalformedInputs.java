package com.customerplatform.security;

import com.customerplatform.security.ApiDocument.Operation;
import com.customerplatform.security.ApiDocument.Parameter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a well-formed request into a malformed one, one defect at a time, drawn from a seeded
 * {@link Random}: broken or hostile JSON, lying or garbage headers, absurd path and query values.
 * Nothing generated contains the markers the suite looks for in responses (class and package
 * names, SQL error text), so any such marker in a response came from the service.
 */
final class MalformedInputs {

    /** A well-formed request of an operation: the starting point of every mutation. */
    record Request(
            String method,
            String path,
            Map<String, String> query,
            Map<String, String> headers,
            @Nullable Payload payload) {

        String target() {
            if (query.isEmpty()) {
                return path;
            }
            StringBuilder target = new StringBuilder(path).append('?');
            query.forEach((name, value) -> target.append(target.charAt(target.length() - 1) == '?' ? "" : "&")
                    .append(name)
                    .append('=')
                    .append(value));
            return target.toString();
        }

        Request withPath(String other) {
            return new Request(method, other, query, headers, payload);
        }

        Request withQuery(Map<String, String> other) {
            return new Request(method, path, other, headers, payload);
        }

        Request withHeader(String name, String value) {
            Map<String, String> other = new LinkedHashMap<>(headers);
            other.put(name, value);
            return new Request(method, path, query, other, payload);
        }

        Request withPayload(@Nullable Payload other) {
            return new Request(method, path, query, headers, other);
        }
    }

    /** A mutated request and what was done to it. */
    record Mutation(String kind, Request request) {}

    static final List<String> SQL_INJECTIONS = List.of(
            "' OR '1'='1",
            "'; DROP TABLE customer.customers; --",
            "1; SELECT pg_sleep(20) --",
            "' || pg_sleep(20) || '",
            "admin'--",
            "%' OR 1=1 --",
            "' UNION SELECT password_hash FROM identity.user_account --",
            "$$; SELECT 1; $$",
            "\\'; --");

    static final List<String> SCRIPT_INJECTIONS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "{{7*7}}",
            "${7*7}",
            "#{7*7}",
            "<%= 7*7 %>",
            "${jndi:ldap://127.0.0.1:1/a}",
            "../../../../etc/passwd",
            "..\\..\\windows\\win.ini",
            "\r\nSet-Cookie: injected=1",
            "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>",
            "() { :; }; echo shellshock");

    static final List<String> UNICODE_TRICKS = List.of(
            "\u0000",
            "nul\u0000in the middle",
            "\u202Egnp.exe\u202C",
            "\u200B\u200D\uFEFF",
            "\uFFFF\uFFFE",
            "😀👩‍👩‍👧‍👦",
            "e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301",
            "ＡＤＭＩＮ",
            "\u0130STANBUL ß ﬁ",
            "שלום עולם",
            "\r\n\t\b\f",
            "𝕬𝖉𝖒𝖎𝖓");

    /** JSON text, not Java strings: lone surrogates are only expressible as escapes. */
    private static final List<String> UNICODE_ESCAPES =
            List.of("\"\\ud800\"", "\"\\udc00 trailing\"", "\"\\ud83d\"", "\"\\u0000\"", "\"\\uDBFF\\uDBFF\"");

    /** Byte sequences that are not UTF-8 at all, inside a JSON string. */
    private static final List<byte[]> INVALID_UTF8 = List.of(
            new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'},
            new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},
            new byte[] {'"', (byte) 0xFF, (byte) 0xFE, '"'},
            new byte[] {'"', (byte) 0x80, '"'},
            new byte[] {'"', 'a', (byte) 0xE2, (byte) 0x82, '"'});

    private static final List<String> WRONG_TYPES = List.of(
            "1e400",
            "-0",
            "99999999999999999999999999999",
            "-9223372036854775809",
            "2147483648",
            "1.7976931348623157E309",
            "0.0000000000000000000000000001",
            "true",
            "false",
            "null",
            "[]",
            "{}",
            "[1, 2, 3]",
            "{\"$gt\": \"\"}",
            "[null]",
            "\"\"",
            "\" \"",
            "1" + "0".repeat(1_200));

    private static final List<String> MALFORMED_DOCUMENTS = List.of(
            "",
            " ",
            "{",
            "}",
            "[",
            "nul",
            "{\"a\":}",
            "{'single': 'quotes'}",
            "{\"a\": 1,}",
            "{\"a\" 1}",
            "{\"a\": \"unterminated",
            "/* comment */ {}",
            "NaN",
            "{\"a\": NaN}",
            "{\"a\": 0x10}",
            "{\"a\": 01}",
            "\"just a string\"",
            "42",
            "[[[]]]");

    private static final List<String> CONTENT_TYPES = List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "multipart/form-data; boundary=",
            "application/json; charset=utf-16",
            "application/json; charset=no-such-charset",
            "application/json;;;",
            "application/",
            "/json",
            "*/*",
            "application/*",
            "APPLICATION/JSON",
            RequestBodies.JSON_PATCH,
            RequestBodies.MERGE_PATCH,
            "image/png",
            "application/octet-stream",
            "text/html; charset=\"",
            "application/json; " + "p=v; ".repeat(400));

    private static final List<String> ACCEPTS = List.of(
            "application/xml",
            "text/html",
            "image/png",
            "text/plain",
            "application/json;q=abc",
            "*/*;q=2",
            "garbage",
            "application/*",
            ";",
            "application/json;q=0, */*;q=0",
            "application/problem+json");

    /** Path segments sent as they are (already percent-encoded), to reach the router and the container. */
    private static final List<String> RAW_PATH_SEGMENTS = List.of(
            "%2F", "%2e%2e", "..%2F..%2Fetc%2Fpasswd", "%00", ";a=b", "%C0%AF", "%ED%A0%80", "%FF", "%20", "%5C");

    private static final List<String> PATH_VALUES = List.of(
            "99999999999999999999999",
            "-1",
            "0",
            "1e10",
            "not-a-uuid",
            "{00000000-0000-0000-0000-000000000000}",
            "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff",
            "00000000000000000000000000000000",
            "null",
            "undefined",
            "..",
            ".",
            "%",
            " ",
            "ñandú",
            "😀",
            "\u202E",
            "\u0000");

    private static final List<String> QUERY_VALUES = List.of(
            "-1",
            "0",
            "101",
            "2147483648",
            "99999999999999999999",
            "-99999999999",
            "1.5",
            "1e3",
            "abc",
            "",
            "true",
            "NaN",
            "[]",
            "{}",
            "null",
            "%",
            "_",
            "\u0000",
            "😀");

    private final Random random;
    private final JsonMapper json;

    MalformedInputs(Random random, JsonMapper json) {
        this.random = random;
        this.json = json;
    }

    /** One defect, of a kind that fits the operation; {@code validToken} is the one the request carries. */
    Mutation mutate(Operation operation, Request request, String validToken) {
        List<Supplier<Mutation>> kinds = new ArrayList<>();
        Payload payload = request.payload();
        if (payload != null && payload.isJson()) {
            JsonNode document = json.readTree(payload.text());
            kinds.add(() -> body("malformed JSON", request, malformedJson(payload)));
            kinds.add(() -> body("wrong type", request, replaceValue(document, utf8(pick(WRONG_TYPES)))));
            kinds.add(() -> body("oversized string", request, replaceValue(document, oversizedString())));
            kinds.add(() -> body("deep nesting", request, replaceValue(document, deeplyNested())));
            kinds.add(() -> body("unicode", request, unicode(document)));
            kinds.add(() -> body("injection", request, injection(document)));
        } else if (payload != null) {
            kinds.add(() -> body("broken multipart", request, brokenBytes(payload.bytes())));
        }
        kinds.add(() -> new Mutation("content type", contentType(request)));
        kinds.add(() -> new Mutation("accept", request.withHeader("Accept", pick(ACCEPTS))));
        kinds.add(() -> new Mutation("authorization", request.withHeader("Authorization", authorization(validToken))));
        if (!operation.pathVariables().isEmpty()) {
            kinds.add(() -> new Mutation("path value", pathValue(operation, request)));
        }
        kinds.add(() -> new Mutation("query value", queryValue(operation, request)));
        return kinds.get(random.nextInt(kinds.size())).get();
    }

    private Mutation body(String kind, Request request, byte[] bytes) {
        Payload payload = request.payload();
        return new Mutation(kind, request.withPayload(new Payload(payload.contentType(), bytes)));
    }

    private byte[] malformedJson(Payload payload) {
        String text = payload.text();
        return switch (random.nextInt(6)) {
            case 0 -> utf8(text.substring(0, 1 + random.nextInt(Math.max(1, text.length() - 1))));
            case 1 -> utf8(text + pick(List.of("garbage", "}", "]", ",", text)));
            case 2 -> utf8("\uFEFF" + text);
            case 3 -> text.getBytes(StandardCharsets.UTF_16);
            case 4 -> {
                StringBuilder broken = new StringBuilder(text);
                broken.insert(
                        random.nextInt(text.length() + 1), pick(List.of("{", "}", "[", "]", "\"", ":", ",", "\\")));
                yield utf8(broken.toString());
            }
            default -> utf8(pick(MALFORMED_DOCUMENTS));
        };
    }

    private byte[] unicode(JsonNode document) {
        return switch (random.nextInt(3)) {
            case 0 -> replaceValue(document, utf8(json.writeValueAsString(pick(UNICODE_TRICKS))));
            case 1 -> replaceValue(document, utf8(pick(UNICODE_ESCAPES)));
            default -> replaceValue(document, pick(INVALID_UTF8));
        };
    }

    private byte[] injection(JsonNode document) {
        String attack = random.nextBoolean() ? pick(SQL_INJECTIONS) : pick(SCRIPT_INJECTIONS);
        return replaceValue(document, utf8(json.writeValueAsString(attack)));
    }

    private byte[] oversizedString() {
        int length = pick(List.of(5_001, 70_000, 600_000));
        return utf8("\"" + "A".repeat(length) + "\"");
    }

    private byte[] deeplyNested() {
        int depth = pick(List.of(40, 300, 3_000, 20_000));
        return random.nextBoolean()
                ? utf8("[".repeat(depth) + "]".repeat(depth))
                : utf8("{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
    }

    private byte[] brokenBytes(byte[] bytes) {
        return switch (random.nextInt(3)) {
            case 0 -> Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 1 -> {
                byte[] flipped = bytes.clone();
                for (int i = 0; i < 8; i++) {
                    flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
                }
                yield flipped;
            }
            default -> {
                byte[] noise = new byte[1 + random.nextInt(2_000)];
                random.nextBytes(noise);
                yield noise;
            }
        };
    }

    /**
     * The document with one value — a member's, an array element's or the whole document — replaced
     * by a piece of raw JSON (which may be invalid on purpose).
     */
    private byte[] replaceValue(JsonNode document, byte[] replacement) {
        JsonNode copy = document.deepCopy();
        List<Runnable> slots = new ArrayList<>();
        String placeholder = "fuzz-slot-" + UUID.randomUUID();
        collectSlots(copy, placeholder, slots);
        byte[] marker = utf8("\"" + placeholder + "\"");
        byte[] text;
        if (slots.isEmpty() || random.nextInt(8) == 0) {
            text = marker;
        } else {
            slots.get(random.nextInt(slots.size())).run();
            text = utf8(json.writeValueAsString(copy));
        }
        return splice(text, marker, replacement);
    }

    private void collectSlots(JsonNode node, String placeholder, List<Runnable> slots) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                slots.add(() -> object.put(name, placeholder));
                collectSlots(object.get(name), placeholder, slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                slots.add(() -> array.set(index, placeholder));
                collectSlots(array.get(i), placeholder, slots);
            }
        }
    }

    private static byte[] splice(byte[] text, byte[] marker, byte[] replacement) {
        int at = indexOf(text, marker);
        ByteArrayOutputStream spliced = new ByteArrayOutputStream(text.length + replacement.length);
        spliced.write(text, 0, at);
        spliced.writeBytes(replacement);
        spliced.write(text, at + marker.length, text.length - at - marker.length);
        return spliced.toByteArray();
    }

    private static int indexOf(byte[] text, byte[] marker) {
        outer:
        for (int i = 0; i <= text.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (text[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("placeholder not found");
    }

    private Request contentType(Request request) {
        Payload payload = request.payload() != null ? request.payload() : Payload.of("text/plain", "{\"a\": 1}");
        return request.withPayload(payload.withContentType(pick(CONTENT_TYPES)));
    }

    private String authorization(String validToken) {
        String[] parts = validToken.split("\\.", -1);
        String forgedClaims = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(utf8("{\"sub\":\"" + UUID.randomUUID() + "\",\"superuser\":true,\"typ\":\"access\"}"));
        String noneHeader = Base64.getUrlEncoder().withoutPadding().encodeToString(utf8("{\"alg\":\"none\"}"));
        byte[] junk = new byte[1 + random.nextInt(64)];
        random.nextBytes(junk);
        return pick(List.of(
                "Bearer",
                "Bearer ",
                "Bearer " + Base64.getUrlEncoder().encodeToString(junk),
                "Bearer a.b.c",
                "Bearer " + noneHeader + "." + parts[1] + ".",
                "Bearer " + parts[0] + "." + forgedClaims + "." + parts[2],
                "Basic dXNlcjpwYXNzd29yZA==",
                "bearer " + validToken,
                "Bearer  " + validToken,
                "Token " + validToken,
                "Bearer " + validToken + "x",
                "Bearer " + validToken.substring(0, validToken.length() - 5),
                "Bearer " + "A".repeat(8_000),
                "Bearer " + validToken + ", Bearer " + validToken,
                ","));
    }

    private Request pathValue(Operation operation, Request request) {
        List<String> variables = operation.pathVariables();
        String variable = variables.get(random.nextInt(variables.size()));
        String segment = random.nextInt(3) == 0
                ? pick(RAW_PATH_SEGMENTS)
                : Operation.encode(random.nextInt(6) == 0 ? "x".repeat(3_000) : hostile(PATH_VALUES));
        String[] template = operation.path().split("/", -1);
        String[] actual = request.path().split("/", -1);
        for (int i = 0; i < template.length; i++) {
            if (template[i].equals("{" + variable + "}")) {
                actual[i] = segment;
            }
        }
        return request.withPath(String.join("/", actual));
    }

    private Request queryValue(Operation operation, Request request) {
        Map<String, String> query = new LinkedHashMap<>(request.query());
        List<String> names = new ArrayList<>(
                operation.queryParameters().stream().map(Parameter::name).toList());
        names.addAll(List.of("limit", "offset", "unknown_parameter"));
        String name = pick(names);
        String value = random.nextInt(8) == 0 ? "y".repeat(5_000) : hostile(QUERY_VALUES);
        query.put(Operation.encode(name), Operation.encode(value));
        if (random.nextInt(4) == 0) {
            query.put(Operation.encode(name) + "[]", "1");
        }
        return request.withQuery(query);
    }

    /** Mostly values of the wrong shape for the slot; otherwise an injection or a unicode trick. */
    private String hostile(List<String> wrongShapes) {
        return switch (random.nextInt(4)) {
            case 0 -> pick(SQL_INJECTIONS);
            case 1 -> random.nextBoolean() ? pick(SCRIPT_INJECTIONS) : pick(UNICODE_TRICKS);
            default -> pick(wrongShapes);
        };
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
