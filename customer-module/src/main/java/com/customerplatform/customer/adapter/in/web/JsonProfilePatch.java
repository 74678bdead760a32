package com.customerplatform.customer.adapter.in.web;

import com.customerplatform.customer.application.port.in.UpdateCustomerUseCase.ProfilePatch;
import com.customerplatform.sharedkernel.error.ConflictException;
import com.customerplatform.sharedkernel.error.FieldError;
import com.customerplatform.sharedkernel.error.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** A request body of {@code application/json-patch+json} or {@code application/merge-patch+json} as a {@link ProfilePatch}. */
final class JsonProfilePatch implements ProfilePatch {

    static final String JSON_PATCH = "application/json-patch+json";
    static final String MERGE_PATCH = "application/merge-patch+json";

    private final String body;
    private final JsonReaderFactory readers;
    private final BiFunction<JsonValue, JsonValue, JsonValue> apply;

    private JsonProfilePatch(
            String body, JsonReaderFactory readers, BiFunction<JsonValue, JsonValue, JsonValue> apply) {
        this.body = body;
        this.readers = readers;
        this.apply = apply;
    }

    /** {@code readers} set the parser's limits (nesting depth). */
    static JsonProfilePatch of(String mediaType, String body, JsonReaderFactory readers) {
        return new JsonProfilePatch(
                body,
                readers,
                mediaType.startsWith(MERGE_PATCH) ? JsonPatches::applyMergePatch : JsonPatches::applyJsonPatch);
    }

    @Override
    public Map<String, Object> applyTo(Map<String, Object> profile) {
        JsonValue patched;
        try {
            patched = apply.apply(JsonPatches.read(body == null ? "" : body, readers), toJson(profile));
        } catch (JsonPatches.PatchFailed failed) {
            if (failed.testFailed()) {
                throw new ConflictException("PATCH_TEST_FAILED", failed.getMessage());
            }
            throw new InvalidInputException(
                    "INVALID_PATCH", failed.getMessage(), List.of(new FieldError("patch", failed.getMessage())));
        }
        if (patched.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(
                    "INVALID_PATCH",
                    "The patched profile must be a JSON object",
                    List.of(new FieldError("patch", "replaces the profile with something that is not an object")));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        patched.asJsonObject().forEach((name, value) -> result.put(name, fromJson(value)));
        return result;
    }

    private static JsonValue toJson(Map<String, Object> profile) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        profile.forEach((name, value) -> object.add(name, toJson(value)));
        return object.build();
    }

    private static JsonValue toJson(Object value) {
        return switch (value) {
            case null -> JsonValue.NULL;
            case String text -> Json.createValue(text);
            case Integer number -> Json.createValue(number);
            case List<?> list -> {
                JsonArrayBuilder array = Json.createArrayBuilder();
                list.forEach(element -> array.add(toJson(element)));
                yield array.build();
            }
            default -> Json.createValue(value.toString());
        };
    }

    /** Integral numbers become Integer (when they fit) so they compare equal to the profile's own. */
    private static Object fromJson(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> null;
            case STRING -> ((JsonString) value).getString();
            case TRUE -> true;
            case FALSE -> false;
            case NUMBER -> {
                BigDecimal number = ((JsonNumber) value).bigDecimalValue();
                yield ((JsonNumber) value).isIntegral()
                                && number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                        ? number.intValue()
                        : number;
            }
            case ARRAY ->
                value.asJsonArray().stream().map(JsonProfilePatch::fromJson).toList();
            case OBJECT -> value;
        };
    }
}
