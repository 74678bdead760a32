package com.customerplatform.customer.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The public json-patch-tests suite (test resources, see NOTICE.md) against our JSON Patch application. */
class JsonPatchConformanceTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void conforms(String name, JsonObject record) {
        JsonValue doc = record.get("doc");
        String patch = record.get("patch").toString();
        if (record.containsKey("error")) {
            assertThatThrownBy(() -> JsonPatches.applyJsonPatch(patch, doc))
                    .isInstanceOf(JsonPatches.PatchFailed.class);
        } else if (record.containsKey("expected")) {
            assertThat(JsonPatches.applyJsonPatch(patch, doc)).isEqualTo(record.get("expected"));
        } else {
            JsonPatches.applyJsonPatch(patch, doc);
        }
    }

    static Stream<Arguments> records() throws IOException {
        return Stream.of("json-patch/spec_tests.json", "json-patch/tests.json").flatMap(file -> {
            JsonValue all = read(file);
            return all.asJsonArray().stream()
                    .map(JsonValue::asJsonObject)
                    .filter(record -> record.containsKey("patch") && !record.getBoolean("disabled", false))
                    .map(record -> Arguments.of(
                            file.substring(11) + ": "
                                    + record.getString(
                                            "comment",
                                            record.containsKey("error")
                                                    ? record.getString("error")
                                                    : record.get("patch").toString()),
                            record));
        });
    }

    private static JsonValue read(String resource) {
        try (InputStream in = JsonPatchConformanceTest.class.getClassLoader().getResourceAsStream(resource)) {
            return JsonPatches.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
