package com.customerplatform.gdpr.domain;

import java.util.Optional;

/** Persistence port of the erasure records. */
public interface ErasureRequestRepository {

    Optional<ErasureRequest> findBySubjectHash(String subjectHash);

    void insert(ErasureRequest request);
}
