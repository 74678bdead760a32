package com.customerplatform.identity.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.sharedkernel.actor.Permission;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void rolesHaveLowerCaseCodes() {
        assertThat(Role.fromCode("internal_service")).contains(Role.INTERNAL_SERVICE);
        assertThat(Role.fromCode("ADMIN")).isEmpty();
        assertThat(Role.ADMIN.code()).isEqualTo("admin");
    }

    @Test
    void onlyAdminsManageUsersAndViewersOnlyRead() {
        assertThat(Role.ADMIN.permissions()).anyMatch(p -> p.implies(Permission.of("users:delete")));
        assertThat(Role.MANAGER.permissions()).noneMatch(p -> p.implies(Permission.of("users:delete")));
        assertThat(Role.VIEWER.permissions()).allMatch(p -> p.action().equals("read"));
    }

    @Test
    void aSuperuserHoldsEveryPermission() {
        User operator = User.firstSuperuser("USER-10000000", "root", "root@example.com", "hash", Instant.now());

        assertThat(operator.permissions()).containsExactly(Permission.ALL);
        assertThat(operator.companyId()).isNull();
        assertThat(operator.superuser()).isTrue();
    }
}
