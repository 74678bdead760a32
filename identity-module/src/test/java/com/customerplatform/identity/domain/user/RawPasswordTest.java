package com.customerplatform.identity.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customerplatform.sharedkernel.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class RawPasswordTest {

    @Test
    void acceptsEightToSixtyFourCharacters() {
        assertThat(RawPassword.of("12345678", "password").value()).isEqualTo("12345678");
        assertThat(RawPassword.of("a".repeat(64), "password").value()).hasSize(64);
    }

    @Test
    void refusesTooShortTooLongAndMissing() {
        assertRefused("1234567", "8 to 64 characters");
        assertRefused("a".repeat(65), "8 to 64 characters");
        assertRefused("", "required");
        assertRefused(null, "required");
    }

    @Test
    void refusesMoreThan72Utf8BytesInsteadOfTruncating() {
        // 37 two-byte characters: within 64 characters, but 74 bytes that bcrypt would cut at 72.
        assertRefused("é".repeat(37), "72 bytes");
        assertThat(RawPassword.of("é".repeat(36), "password").value()).hasSize(36);
    }

    @Test
    void neverPrintsItself() {
        assertThat(RawPassword.of("secret-password", "password").toString()).doesNotContain("secret");
    }

    private static void assertRefused(String value, String message) {
        assertThatThrownBy(() -> RawPassword.of(value, "new_password"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("new_password");
                        assertThat(error.message()).contains(message);
                    });
                });
    }
}
