package com.customerplatform.company.domain.documenttype;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentNumberRuleTest {

    @ParameterizedTest(name = "{0} accepts {1} as {2}")
    @CsvSource({
        "CO_NIT, 900123456-8, 900123456-8",
        "CO_NIT, 900.123.456-8, 900123456-8",
        "CO_NIT, 9001234568, 900123456-8",
        "CO_NIT, 890903938-8, 890903938-8",
        "CO_NIT, 800197268-4, 800197268-4",
        "CO_NIT, 860034313-7, 860034313-7",
        "CO_CEDULA_CIUDADANIA, 1.020.304.050, 1020304050",
        "CO_CEDULA_CIUDADANIA, 79456123, 79456123",
        "CO_CEDULA_EXTRANJERIA, 456789, 456789",
        "CO_TARJETA_IDENTIDAD, 1012345678, 1012345678",
        "PASSPORT, ab123456, AB123456",
        "PASSPORT, 123456789, 123456789",
        "ES_DNI, 12345678Z, 12345678Z",
        "ES_DNI, 12345678-z, 12345678Z",
        "ES_NIE, X1234567L, X1234567L",
        "BR_CPF, 529.982.247-25, 52998224725",
        "CL_RUT, 12.345.678-5, 12345678-5",
        "CL_RUT, 7.654.321-6, 7654321-6",
        "RO_CNP, 1800101221144, 1800101221144",
    })
    void acceptsValidNumbersInTheirNormalForm(DocumentNumberRule rule, String input, String normalForm) {
        assertThat(rule.normalize(input)).contains(normalForm);
    }

    @ParameterizedTest(name = "{0} rejects {1}")
    @CsvSource({
        "CO_NIT, 900123456-7", // wrong check digit
        "CO_NIT, 900123456-9",
        "CO_NIT, 90012345", // too short once the check digit is split off
        "CO_NIT, 900123456-K",
        "CO_NIT, abc",
        "CO_CEDULA_CIUDADANIA, 1234",
        "CO_CEDULA_CIUDADANIA, 01234567",
        "CO_CEDULA_CIUDADANIA, 12345678901",
        "CO_TARJETA_IDENTIDAD, 123456789",
        "PASSPORT, 12345",
        "PASSPORT, AB12345678",
        "PASSPORT, AB 12!456",
        "ES_DNI, 12345678A",
        "ES_NIE, X1234567A",
        "BR_CPF, 52998224724",
        "BR_CPF, 11111111111",
        "CL_RUT, 12345678-K",
        "RO_CNP, 1800101221145",
    })
    void rejectsInvalidNumbers(DocumentNumberRule rule, String input) {
        assertThat(rule.normalize(input)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(value = {"CO_NIT", "PASSPORT", "RO_CNP"})
    void rejectsMissingAndOversizedInput(DocumentNumberRule rule) {
        assertThat(rule.normalize(null)).isEmpty();
        assertThat(rule.normalize("")).isEmpty();
        assertThat(rule.normalize("9".repeat(41))).isEmpty();
    }
}
