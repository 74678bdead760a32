package com.customerplatform.company;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.sharedkernel.test.HexagonalArchitectureRules;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CompanyArchitectureTest {

    private static final HexagonalArchitectureRules RULES =
            HexagonalArchitectureRules.forModule("com.customerplatform.company");

    @Test
    void everyDeclaredLayerExists() {
        assertThat(RULES.missingPackages(HexagonalArchitectureRules.CORE_LAYERS))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void hexagonRuleHolds(ArchRule rule) {
        rule.check(RULES.classes());
    }

    static Stream<ArchRule> rules() {
        return RULES.all();
    }
}
