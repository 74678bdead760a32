package com.customerplatform.company.domain.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customerplatform.sharedkernel.error.ConflictException;
import com.customerplatform.sharedkernel.error.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "ACTIVE, INACTIVE, true",
        "INACTIVE, ACTIVE, true",
        "ACTIVE, SUSPENDED, true",
        "INACTIVE, SUSPENDED, true",
        "SUSPENDED, ACTIVE, true",
        "SUSPENDED, INACTIVE, false"
    })
    void statusMovesFollowTheLifecycle(CompanyStatus from, CompanyStatus to, boolean allowed) {
        Company company = Company.register("COMP-001", "Logistics Corp", null, "NIT", "900123456-8", 30, NOW)
                .moveTo(from, NOW);
        if (from == CompanyStatus.SUSPENDED) {
            company = Company.register("COMP-001", "Logistics Corp", null, "NIT", "900123456-8", 30, NOW)
                    .moveTo(CompanyStatus.SUSPENDED, NOW);
        }
        Company current = company;
        if (allowed) {
            assertThat(current.moveTo(to, NOW).status()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> current.moveTo(to, NOW))
                    .isInstanceOfSatisfying(
                            ConflictException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("INVALID_STATUS_TRANSITION"));
        }
    }

    @Test
    void aNewCompanyIsActiveAndStayingPutIsNoMove() {
        Company company = Company.register("COMP-001", "Logistics Corp", null, "NIT", "900123456-8", 30, NOW);

        assertThat(company.isActive()).isTrue();
        assertThat(company.moveTo(CompanyStatus.ACTIVE, NOW.plusSeconds(5))).isSameAs(company);
    }

    @Test
    void companyKeysAreUpperCaseWithALetter() {
        assertThat(CompanyRules.companyKey(" logistic-001 ")).isEqualTo("LOGISTIC-001");
        assertThatThrownBy(() -> CompanyRules.companyKey("12345")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CompanyRules.companyKey("A")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CompanyRules.companyKey("COMP 001")).isInstanceOf(InvalidInputException.class);
    }
}
