package com.customerplatform.customer.adapter.in.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.Map;
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

    /** Parsson's name for its nesting limit (its own default is 1000). */
    private static final String MAX_DEPTH = "org.eclipse.parsson.maxDepth";

    private static final JsonReaderFactory DEFAULT_READERS = Json.createReaderFactory(Map.of());

    /** Readers that refuse JSON nested deeper than {@code maxDepth}, as request bodies are. */
    static JsonReaderFactory readers(int maxDepth) {
        // Parsson refuses a document as deep as its limit, Jackson only one deeper: same depth, same answer.
        return Json.createReaderFactory(Map.of(MAX_DEPTH, maxDepth + 1));
    }

    static JsonValue applyJsonPatch(String patch, JsonValue document) {
        return applyJsonPatch(read(patch), document);
    }

    static JsonValue applyJsonPatch(JsonValue parsed, JsonValue document) {
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
            for (String member : new String[] {"op", "path", "from"}) {
                JsonValue value = operation.asJsonObject().get(member);
                if (value != null && value.getValueType() != JsonValue.ValueType.STRING) {
                    throw new PatchFailed("operation " + i + ": '" + member + "' must be a string", false);
                }
                if (value != null && !member.equals("op")) {
                    requireCanonicalArrayIndexes(((JsonString) value).getString(), current, i);
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
            } catch (JsonException failed) {
                throw new PatchFailed(
                        "operation " + i + " (" + op + ") failed: " + failed.getMessage(), "test".equals(op));
            } catch (IllegalArgumentException | NullPointerException | ClassCastException malformed) {
                // Their messages describe the library's internals (class names), not the client's mistake.
                throw new PatchFailed("operation " + i + " (" + op + ") is malformed", "test".equals(op));
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

    static JsonValue applyMergePatch(JsonValue parsed, JsonValue document) {
        return Json.createMergePatch(parsed).apply(document);
    }

    static JsonValue read(String json) {
        return read(json, DEFAULT_READERS);
    }

    static JsonValue read(String json, JsonReaderFactory readers) {
        try (JsonReader reader = readers.createReader(new StringReader(json))) {
            return reader.readValue();
        } catch (JsonParsingException malformed) {
            // The parser's messages name the position or the nesting, never its own classes.
            throw new PatchFailed("the patch is not valid JSON: " + malformed.getMessage(), false);
        } catch (JsonException | IllegalStateException malformed) {
            throw new PatchFailed("the patch is not valid JSON", false);
        } catch (RuntimeException tooDeep) {
            // Parsson signals its nesting limit with a bare RuntimeException.
            throw new PatchFailed("the patch is nested too deeply or is not valid JSON", false);
        }
    }
}
