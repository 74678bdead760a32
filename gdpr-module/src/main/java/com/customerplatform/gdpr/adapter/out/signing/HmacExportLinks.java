package com.customerplatform.gdpr.adapter.out.signing;

import com.customerplatform.gdpr.application.port.out.ExportLinks;
import com.customerplatform.gdpr.domain.ExportGrant;
import com.customerplatform.gdpr.spi.DataSubject;
import com.customerplatform.sharedkernel.error.GoneException;
import com.customerplatform.sharedkernel.error.NotFoundException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Export tokens: subject, request and expiry, base64url, with an HMAC-SHA256 over them. */
public final class HmacExportLinks implements ExportLinks {

    public static final String EXPORT_NOT_FOUND = "EXPORT_NOT_FOUND";

    private static final String ALGORITHM = "HmacSHA256";
    private static final int PAYLOAD_BYTES = 16 + 1 + 16 + 8;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Duration lifetime;

    public HmacExportLinks(byte[] secret, Duration lifetime) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("The export link secret must have at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.lifetime = lifetime;
    }

    @Override
    public ExportGrant issue(DataSubject subject, UUID requestId, Instant now) {
        Instant expiresAt = now.plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
        byte[] payload = ByteBuffer.allocate(PAYLOAD_BYTES)
                .putLong(subject.id().getMostSignificantBits())
                .putLong(subject.id().getLeastSignificantBits())
                .put((byte) (subject.companyOnly() ? 1 : 0))
                .putLong(requestId.getMostSignificantBits())
                .putLong(requestId.getLeastSignificantBits())
                .putLong(expiresAt.getEpochSecond())
                .array();
        return new ExportGrant(
                subject.id(),
                subject.companyOnly(),
                requestId,
                expiresAt,
                ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload)));
    }

    @Override
    public ExportGrant verify(String token, Instant now) {
        byte[] payload;
        byte[] signature;
        try {
            String[] parts = token.split("\\.", -1);
            if (parts.length != 2) {
                throw notFound();
            }
            payload = DECODER.decode(parts[0]);
            signature = DECODER.decode(parts[1]);
            // One spelling per token: base64's unused trailing bits must not yield a second valid link.
            if (!ENCODER.encodeToString(payload).equals(parts[0])
                    || !ENCODER.encodeToString(signature).equals(parts[1])) {
                throw notFound();
            }
        } catch (IllegalArgumentException malformed) {
            throw notFound();
        }
        if (payload.length != PAYLOAD_BYTES || !MessageDigest.isEqual(sign(payload), signature)) {
            throw notFound();
        }
        ByteBuffer fields = ByteBuffer.wrap(payload);
        UUID subjectId = new UUID(fields.getLong(), fields.getLong());
        boolean companyOnly = fields.get() == 1;
        UUID requestId = new UUID(fields.getLong(), fields.getLong());
        Instant expiresAt = Instant.ofEpochSecond(fields.getLong());
        if (!now.isBefore(expiresAt)) {
            throw new GoneException(
                    "EXPORT_EXPIRED", "This export link expired at " + expiresAt + "; request a new export");
        }
        return new ExportGrant(subjectId, companyOnly, requestId, expiresAt, token);
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is unavailable", unavailable);
        }
    }

    private static NotFoundException notFound() {
        return new NotFoundException(EXPORT_NOT_FOUND, "There is no such export");
    }
}
