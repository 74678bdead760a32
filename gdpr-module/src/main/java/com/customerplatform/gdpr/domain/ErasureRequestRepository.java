package com.customerplatform.gdpr.domain;

import java.util.Optional;

/** Persistence port of the erasure records. */
public interface ErasureRequestRepository {

    Optional<ErasureRequest> findBySubjectHash(String subjectHash);

    /** Like {@link #findBySubjectHash}, after taking a lock on the subject until the transaction ends. */
    Optional<ErasureRequest> lockAndFind(String subjectHash);

    void insert(ErasureRequest request);
}
