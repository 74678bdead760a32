package com.customerplatform.sharedkernel.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customerplatform.sharedkernel.error.InvalidInputException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldChangesTest {

    static final Set<String> KNOWN = Set.of("name", "is_active", "days_credit");

    @Test
    void tellsAbsentFromNullAndReadsTypedValues() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", null);
        body.put("active", false);
        body.put("days_credit", 30);

        FieldChanges changes = FieldChanges.of(body, KNOWN, Map.of("active", "is_active"));

        assertThat(changes.has("name")).isTrue();
        assertThat(changes.text("name")).isNull();
        assertThat(changes.flag("is_active")).isFalse();
        assertThat(changes.integer("days_credit")).isEqualTo(30);
        assertThat(changes.fields()).containsExactlyInAnyOrder("name", "is_active", "days_credit");
    }

    @Test
    void refusesUnknownFieldsAndWrongTypesNamingTheField() {
        assertThatThrownBy(() -> FieldChanges.of(Map.of("nickname", "x"), KNOWN, Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("UNKNOWN_FIELD");
                    assertThat(e.fieldErrors().getFirst().field()).isEqualTo("nickname");
                });
        FieldChanges wrong =
                FieldChanges.of(Map.of("name", 3, "is_active", "yes", "days_credit", 1.5), KNOWN, Map.of());
        assertThatThrownBy(() -> wrong.text("name")).hasMessageContaining("name");
        assertThatThrownBy(() -> wrong.flag("is_active")).hasMessageContaining("is_active");
        assertThatThrownBy(() -> wrong.integer("days_credit")).hasMessageContaining("days_credit");
        assertThatThrownBy(() -> FieldChanges.of(Map.of("days_credit", 9_999_999_999L), KNOWN, Map.of())
                        .integer("days_credit"))
                .isInstanceOf(InvalidInputException.class);
    }
}
