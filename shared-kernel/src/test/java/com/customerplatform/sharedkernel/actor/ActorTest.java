package com.customerplatform.sharedkernel.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorTest {

    @ParameterizedTest(name = "{0} implies {1}: {2}")
    @CsvSource({
        "*, users:read, true",
        "users:*, users:delete, true",
        "*:read, customers:read, true",
        "users:read, users:read, true",
        "users:read, users:write, false",
        "users:*, customers:read, false",
        "*:read, customers:write, false",
    })
    void wildcardsAreHonoured(String granted, String required, boolean implied) {
        assertThat(Permission.of(granted).implies(Permission.of(required))).isEqualTo(implied);
    }

    @Test
    void malformedPermissionsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Permission.of("users"));
        assertThatIllegalArgumentException().isThrownBy(() -> Permission.of("Users:Read"));
        assertThatIllegalArgumentException().isThrownBy(() -> Permission.of("users:read:all"));
    }

    @Test
    void anActorSeesOnlyItsOwnCompanyUnlessSuperuser() {
        Actor admin = new Actor(
                UUID.randomUUID(),
                "COMP-001",
                UUID.randomUUID(),
                "admin",
                Set.of(Permission.of("users:*")),
                false,
                UUID.randomUUID());
        Actor operator = new Actor(UUID.randomUUID(), null, null, "admin", Set.of(), true, UUID.randomUUID());

        assertThat(admin.seesCompany("COMP-001")).isTrue();
        assertThat(admin.seesCompany("COMP-002")).isFalse();
        assertThat(operator.seesCompany("COMP-002")).isTrue();
        assertThat(admin.can("users:delete")).isTrue();
        assertThat(admin.can("companies:write")).isFalse();
        assertThat(operator.can("companies:write")).isTrue();
    }
}
