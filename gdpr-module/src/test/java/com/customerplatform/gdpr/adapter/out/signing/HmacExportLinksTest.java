package com.customerplatform.gdpr.adapter.out.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customerplatform.gdpr.domain.ExportGrant;
import com.customerplatform.gdpr.spi.DataSubject;
import com.customerplatform.sharedkernel.error.GoneException;
import com.customerplatform.sharedkernel.error.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HmacExportLinksTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final HmacExportLinks links = new HmacExportLinks(
            "a secret of at least thirty-two bytes!".getBytes(StandardCharsets.UTF_8), Duration.ofHours(24));

    @Test
    void aTokenCarriesItsGrantUntilItExpires() {
        UUID subject = UUID.randomUUID();
        UUID request = UUID.randomUUID();
        ExportGrant issued = links.issue(new DataSubject(subject, null, true), request, NOW);

        ExportGrant verified = links.verify(issued.token(), NOW.plus(Duration.ofHours(23)));

        assertThat(verified.subjectId()).isEqualTo(subject);
        assertThat(verified.requestId()).isEqualTo(request);
        assertThat(verified.companyOnly()).isTrue();
        assertThat(verified.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThatThrownBy(() -> links.verify(issued.token(), NOW.plus(Duration.ofHours(24))))
                .isInstanceOf(GoneException.class);
    }

    @Test
    void forgedTokensAreNotFound() {
        String token = links.issue(anyone(), UUID.randomUUID(), NOW).token();
        HmacExportLinks otherKey = new HmacExportLinks(
                "another secret of thirty-two bytes!!".getBytes(StandardCharsets.UTF_8), Duration.ofHours(24));
        String payload = token.substring(0, token.indexOf('.'));
        String extended = links.issue(anyone(), UUID.randomUUID(), NOW.plus(Duration.ofDays(30)))
                .token();

        for (String forged : new String[] {
            otherKey.issue(anyone(), UUID.randomUUID(), NOW).token(),
            payload + extended.substring(extended.indexOf('.')),
            payload,
            payload + ".",
            "",
            "..",
            "not base64!.x"
        }) {
            assertThatThrownBy(() -> links.verify(forged, NOW)).as(forged).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void aTokenHasOneSpellingOnly() {
        String token = links.issue(anyone(), UUID.randomUUID(), NOW).token();
        // 32 signature bytes are 43 base64 characters: the last one carries 2 unused bits.
        char last = token.charAt(token.length() - 1);
        char sameBits = (char) (last ^ 1);

        assertThatThrownBy(() -> links.verify(token.substring(0, token.length() - 1) + sameBits, NOW))
                .isInstanceOf(NotFoundException.class);
    }

    private static DataSubject anyone() {
        return new DataSubject(UUID.randomUUID(), null, false);
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new HmacExportLinks(new byte[16], Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
