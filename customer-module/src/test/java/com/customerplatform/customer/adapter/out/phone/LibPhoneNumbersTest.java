package com.customerplatform.customer.adapter.out.phone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LibPhoneNumbersTest {

    final LibPhoneNumbers phones = new LibPhoneNumbers();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "+40712345678, +40712345678",
        "+40 712 345 678, +40712345678",
        "+573001234567, +573001234567",
        "+57 (300) 123-4567, +573001234567",
        "+1 650 253 0000, +16502530000"
    })
    void validInternationalNumbersBecomeE164(String raw, String e164) {
        assertThat(phones.toE164(raw)).contains(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "+1", "3001234567", "+57 300", "call me", "+999 123 456 789"})
    void otherInputIsRefused(String raw) {
        assertThat(phones.toE164(raw)).isEmpty();
    }
}
