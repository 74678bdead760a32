package com.customerplatform.customer.adapter.in.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.regex.Pattern;

/**
 * RFC 6902 JSON Patch and RFC 7396 merge patch, applied with Jakarta JSON-P (Eclipse Parsson).
 * A JSON Patch is applied operation by operation so that a failed {@code test} can be told from a
 * malformed operation; the caller writes nothing until every operation succeeded.
 */
final class JsonPatches {

    private static final Pattern ARRAY_INDEX = Pattern.compile("0|[1-9][0-9]*");

    private JsonPatches() {}

    /** A patch that could not be applied; {@code testFailed} for a failed {@code test} operation. */
    static final class PatchFailed extends RuntimeException {

        private final boolean testFailed;

        PatchFailed(String message, boolean testFailed) {
            super(message);
            this.testFailed = testFailed;
        }

        boolean testFailed() {
            return testFailed;
        }
    }

    static JsonValue applyJsonPatch(String patch, JsonValue document) {
        JsonValue parsed = read(patch);
        if (parsed.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new PatchFailed("a JSON Patch must be an array of operations", false);
        }
        JsonArray operations = parsed.asJsonArray();
        JsonValue current = document;
        for (int i = 0; i < operations.size(); i++) {
            JsonValue operation = operations.get(i);
            if (operation.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new PatchFailed("operation " + i + " is not an object", false);
            }
            String op = operation.asJsonObject().containsKey("op")
                            && operation.asJsonObject().get("op").getValueType() == JsonValue.ValueType.STRING
                    ? operation.asJsonObject().getString("op")
                    : "?";
            for (String pointerMember : new String[] {"path", "from"}) {
                JsonValue pointer = operation.asJsonObject().get(pointerMember);
                if (pointer != null && pointer.getValueType() == JsonValue.ValueType.STRING) {
                    requireCanonicalArrayIndexes(((JsonString) pointer).getString(), current, i);
                }
            }
            if (!(current instanceof JsonStructure structure)) {
                throw new PatchFailed(
                        "operation " + i + " cannot apply to a document that is not an object or an array", false);
            }
            try {
                current = Json.createPatch(
                                Json.createArrayBuilder().add(operation).build())
                        .apply(structure);
            } catch (JsonException | IllegalArgumentException | NullPointerException | ClassCastException failed) {
                throw new PatchFailed(
                        "operation " + i + " (" + op + ") failed: " + failed.getMessage(), "test".equals(op));
            }
        }
        return current;
    }

    /**
     * RFC 6901: an array index is {@code 0} or a number without leading zeros. Parsson accepts
     * {@code /00}; the pointer is walked over the document so that object keys like {@code "00"}
     * stay legal.
     */
    private static void requireCanonicalArrayIndexes(String pointer, JsonValue document, int operation) {
        JsonValue node = document;
        String[] tokens = pointer.split("/", -1);
        for (int t = 1; t < tokens.length && node != null; t++) {
            String token = tokens[t].replace("~1", "/").replace("~0", "~");
            if (node.getValueType() == JsonValue.ValueType.ARRAY) {
                if (!token.equals("-") && !ARRAY_INDEX.matcher(token).matches()) {
                    throw new PatchFailed("operation " + operation + ": '" + token + "' is not an array index", false);
                }
                int index = token.equals("-") ? -1 : parseIndex(token);
                node = index >= 0 && index < node.asJsonArray().size()
                        ? node.asJsonArray().get(index)
                        : null;
            } else if (node.getValueType() == JsonValue.ValueType.OBJECT) {
                node = node.asJsonObject().get(token);
            } else {
                node = null;
            }
        }
    }

    private static int parseIndex(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException tooLarge) {
            return -1;
        }
    }

    static JsonValue applyMergePatch(String patch, JsonValue document) {
        return Json.createMergePatch(read(patch)).apply(document);
    }

    static JsonValue read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException malformed) {
            throw new PatchFailed("the patch is not valid JSON", false);
        }
    }
}
