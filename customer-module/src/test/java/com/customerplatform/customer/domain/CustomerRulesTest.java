package com.customerplatform.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customerplatform.sharedkernel.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class CustomerRulesTest {

    @Test
    void fullNamesAreTwoTo200Characters() {
        assertThat(CustomerRules.fullName("  Ana ")).isEqualTo("Ana");
        assertThat(CustomerRules.fullName("李娜")).isEqualTo("李娜");
        assertThatThrownBy(() -> CustomerRules.fullName("A")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CustomerRules.fullName("x".repeat(201))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CustomerRules.fullName(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void genderDefaultsToUnspecifiedAndIsOneOfFour() {
        assertThat(CustomerRules.gender(null)).isEqualTo(Gender.UNSPECIFIED);
        assertThat(CustomerRules.gender("female")).isEqualTo(Gender.FEMALE);
        assertThatThrownBy(() -> CustomerRules.gender("Female")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void emailIsOptionalButValid() {
        assertThat(CustomerRules.email(null)).isNull();
        assertThat(CustomerRules.email(" ana@example.com ")).isEqualTo("ana@example.com");
        assertThatThrownBy(() -> CustomerRules.email("ana@")).isInstanceOf(InvalidInputException.class);
    }
}
