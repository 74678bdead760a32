package com.customerplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.sharedkernel.test.HexagonalArchitectureRules;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IdentityArchitectureTest {

    private static final HexagonalArchitectureRules RULES =
            HexagonalArchitectureRules.forModule("com.customerplatform.identity");

    @Test
    void everyDeclaredLayerExists() {
        assertThat(RULES.missingPackages(HexagonalArchitectureRules.CORE_LAYERS))
                .isEmpty();
        assertThat(RULES.missingPackages(
                        List.of("application.port.out", "adapter.out.security", "adapter.out.company")))
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
