package com.customerplatform.sharedkernel.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules themselves are tested: each one fails on a fixture module built to break it, passes on
 * a fixture that follows the hexagon, and refuses to pass on a package with no classes.
 */
class HexagonalArchitectureRulesTest {

    static final String FIXTURES = "com.customerplatform.sharedkernel.test.fixture";
    static final HexagonalArchitectureRules BROKEN = HexagonalArchitectureRules.forClasses(FIXTURES + ".broken");
    static final HexagonalArchitectureRules CLEAN = HexagonalArchitectureRules.forClasses(FIXTURES + ".clean");
    static final HexagonalArchitectureRules EMPTY = HexagonalArchitectureRules.forClasses(FIXTURES + ".nothing");

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void everyRuleFailsWhenItsModuleBreaksIt(ArchRule rule) {
        assertThat(rule.evaluate(BROKEN.classes()).hasViolation()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cleanRules")
    void everyRulePassesOnACleanHexagon(ArchRule rule) {
        assertThat(rule.evaluate(CLEAN.classes()).hasViolation()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emptyRules")
    void noRulePassesVacuously(ArchRule rule) {
        assertThatThrownBy(() -> rule.check(EMPTY.classes())).hasMessageContaining("failed to check any classes");
    }

    @Test
    void missingLayersAreNamed() {
        assertThat(CLEAN.missingPackages(HexagonalArchitectureRules.CORE_LAYERS))
                .isEmpty();
        assertThat(BROKEN.missingPackages(HexagonalArchitectureRules.CORE_LAYERS))
                .containsExactlyInAnyOrder("application.port.in", "config");
    }

    static Stream<ArchRule> brokenRules() {
        return BROKEN.all();
    }

    static Stream<ArchRule> cleanRules() {
        return CLEAN.all();
    }

    static Stream<ArchRule> emptyRules() {
        return EMPTY.all();
    }
}
