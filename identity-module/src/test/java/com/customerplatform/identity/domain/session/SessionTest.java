package com.customerplatform.identity.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aSessionIsLiveUntilItExpires() {
        Session session = Session.start(7, NOW, Duration.ofDays(30));

        assertThat(session.isLive(NOW.plus(Duration.ofDays(29)))).isTrue();
        assertThat(session.isLive(NOW.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void refreshTokensAreRandomAndOnlyTheirHashIsKept() {
        RefreshToken first = RefreshToken.generate();
        RefreshToken second = RefreshToken.generate();

        assertThat(first.value()).isNotEqualTo(second.value()).hasSize(43);
        assertThat(first.hash())
                .hasSize(64)
                .isEqualTo(new RefreshToken(first.value()).hash())
                .isNotEqualTo(first.value());
        assertThat(first.toString()).doesNotContain(first.value());
    }
}
