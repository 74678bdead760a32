package com.customerplatform.gdpr.application.port.out;

import com.customerplatform.gdpr.domain.ExportGrant;
import com.customerplatform.gdpr.spi.DataSubject;
import java.time.Instant;
import java.util.UUID;

/**
 * Export links that need no bearer token: the token names the subject, the request and the expiry
 * and is signed, so it can be neither forged nor extended.
 */
public interface ExportLinks {

    /** A signed export of the subject's data (within the subject's reach), valid from {@code now} for the configured lifetime. */
    ExportGrant issue(DataSubject subject, UUID requestId, Instant now);

    /**
     * The grant a token carries.
     *
     * @throws com.customerplatform.sharedkernel.error.NotFoundException for a token not issued here (malformed, tampered, other key)
     * @throws com.customerplatform.sharedkernel.error.GoneException once it expired
     */
    ExportGrant verify(String token, Instant now);
}
