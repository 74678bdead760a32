package com.customerplatform.identity.domain.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customerplatform.identity.domain.user.User;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProviderPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void admitsUsersOfItsCompaniesOnly() {
        ProviderPolicy policy = new ProviderPolicy(Set.of("ACME", "GLOBEX"), "ACME");

        assertThat(policy.admits(customerOf("ACME"))).isTrue();
        assertThat(policy.admits(customerOf("INITECH"))).isFalse();
        assertThat(policy.provisions()).isTrue();
    }

    @Test
    void everyCompanyButNeverAnOperator() {
        ProviderPolicy policy = new ProviderPolicy(Set.of(ProviderPolicy.EVERY_COMPANY), null);

        assertThat(policy.admits(customerOf("INITECH"))).isTrue();
        assertThat(policy.admits(User.firstSuperuser("USER-10000000", "root", "root@example.com", "hash", NOW)))
                .isFalse();
        assertThat(policy.provisions()).isFalse();
    }

    @Test
    void refusesAConfigurationThatAdmitsNobodyOrProvisionsWhereItMayNotSignIn() {
        assertThatThrownBy(() -> new ProviderPolicy(Set.of(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allowed-companies");
        assertThatThrownBy(() -> new ProviderPolicy(Set.of("ACME"), "GLOBEX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("provision-company GLOBEX");
    }

    private static User customerOf(String companyId) {
        return User.provisioned("USER-10000001", "ana", "ana@example.com", "Ana", null, companyId, NOW);
    }
}
