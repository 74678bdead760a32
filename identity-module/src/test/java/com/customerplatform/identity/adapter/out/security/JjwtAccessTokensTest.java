package com.customerplatform.identity.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.identity.application.port.out.AccessTokens.IssuedAccessToken;
import com.customerplatform.identity.application.port.out.AccessTokens.VerifiedAccessToken;
import com.customerplatform.identity.application.port.out.CompanyDirectory.CompanyInfo;
import com.customerplatform.identity.domain.user.Role;
import com.customerplatform.identity.domain.user.User;
import com.customerplatform.sharedkernel.actor.Permission;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JjwtAccessTokensTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    static final CompanyInfo COMPANY = new CompanyInfo(UUID.randomUUID(), "COMP-001", true);

    @Test
    void anIssuedTokenVerifiesToTheSameActor() {
        JjwtAccessTokens tokens = tokens(SigningKeys.generated(), CLOCK);
        User manager = user(Role.MANAGER);
        UUID session = UUID.randomUUID();

        IssuedAccessToken issued = tokens.issue(manager, COMPANY, session);
        VerifiedAccessToken verified = tokens.verify(issued.value()).orElseThrow();

        assertThat(issued.lifetime()).isEqualTo(Duration.ofMinutes(15));
        assertThat(verified.actor().sessionId()).isEqualTo(session);
        assertThat(verified.actor().userId()).isEqualTo(manager.uuid());
        assertThat(verified.actor().companyKey()).isEqualTo("COMP-001");
        assertThat(verified.actor().companyUuid()).isEqualTo(COMPANY.uuid());
        assertThat(verified.actor().role()).isEqualTo("manager");
        assertThat(verified.actor().permissions()).containsExactlyInAnyOrderElementsOf(Role.MANAGER.permissions());
        assertThat(verified.actor().superuser()).isFalse();
    }

    @Test
    void aTokenIsRefusedOnceExpiredBeyondTheClockSkew() {
        SigningKeys keys = SigningKeys.generated();
        String token = tokens(keys, CLOCK)
                .issue(user(Role.VIEWER), COMPANY, UUID.randomUUID())
                .value();

        assertThat(tokens(keys, Clock.offset(CLOCK, Duration.ofMinutes(15).plusSeconds(20)))
                        .verify(token))
                .isPresent();
        assertThat(tokens(keys, Clock.offset(CLOCK, Duration.ofMinutes(15).plusSeconds(31)))
                        .verify(token))
                .isEmpty();
    }

    @Test
    void afterARotationTokensOfThePreviousKeyStayValidAndBothKeysArePublished() throws Exception {
        KeyPair old = rsa();
        KeyPair current = rsa();
        SigningKeys before = SigningKeys.fromPem(
                "2026-10", pem("PRIVATE KEY", old.getPrivate().getEncoded()), Map.of());
        SigningKeys after = SigningKeys.fromPem(
                "2026-11",
                pem("PRIVATE KEY", current.getPrivate().getEncoded()),
                Map.of("2026-10", pem("PUBLIC KEY", old.getPublic().getEncoded())));
        String issuedBefore = tokens(before, CLOCK)
                .issue(user(Role.ADMIN), COMPANY, UUID.randomUUID())
                .value();

        JjwtAccessTokens rotated = tokens(after, CLOCK);

        assertThat(rotated.verify(issuedBefore)).isPresent();
        assertThat(rotated.publicKeys().stream().map(key -> String.valueOf(key.get("kid"))))
                .containsExactly("2026-11", "2026-10");
        assertThat(tokens(
                                SigningKeys.fromPem(
                                        "2026-11",
                                        pem("PRIVATE KEY", current.getPrivate().getEncoded()),
                                        Map.of()),
                                CLOCK)
                        .verify(issuedBefore))
                .as("once the old key is dropped")
                .isEmpty();
    }

    @Test
    void aSuperuserTokenCarriesEveryPermissionAndNoCompany() {
        JjwtAccessTokens tokens = tokens(SigningKeys.generated(), CLOCK);
        User operator = User.firstSuperuser("USER-10000001", "root", "root@example.com", "hash", CLOCK.instant());

        VerifiedAccessToken verified = tokens.verify(
                        tokens.issue(operator, null, UUID.randomUUID()).value())
                .orElseThrow();

        assertThat(verified.actor().superuser()).isTrue();
        assertThat(verified.actor().permissions()).containsExactly(Permission.ALL);
        assertThat(verified.actor().companyKey()).isNull();
    }

    private static JjwtAccessTokens tokens(SigningKeys keys, Clock clock) {
        return new JjwtAccessTokens(
                keys, "customer-platform", "customer-platform", Duration.ofMinutes(15), Duration.ofSeconds(30), clock);
    }

    private static User user(Role role) {
        Instant now = CLOCK.instant();
        return new User(
                1L,
                UUID.randomUUID(),
                "USER-10000002",
                "ana",
                "ana@example.com",
                "hash",
                "Ana",
                "Gómez",
                null,
                null,
                null,
                null,
                role,
                true,
                false,
                false,
                "COMP-001",
                null,
                now,
                0,
                now,
                now);
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type
                + "-----\n";
    }
}
