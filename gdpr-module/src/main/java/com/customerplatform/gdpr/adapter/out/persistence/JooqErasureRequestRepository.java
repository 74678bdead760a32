package com.customerplatform.gdpr.adapter.out.persistence;

import static com.customerplatform.gdpr.adapter.out.persistence.jooq.Tables.ERASURE_REQUESTS;

import com.customerplatform.gdpr.adapter.out.persistence.jooq.tables.records.ErasureRequestsRecord;
import com.customerplatform.gdpr.domain.ErasureRequest;
import com.customerplatform.gdpr.domain.ErasureRequestRepository;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Erasure records in {@code gdpr.erasure_requests}. */
public class JooqErasureRequestRepository implements ErasureRequestRepository {

    private static final TypeReference<LinkedHashMap<String, Integer>> COUNTS = new TypeReference<>() {};

    private final DSLContext dsl;
    private final JsonMapper json;

    public JooqErasureRequestRepository(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    @Override
    public Optional<ErasureRequest> findBySubjectHash(String subjectHash) {
        return dsl.selectFrom(ERASURE_REQUESTS)
                .where(ERASURE_REQUESTS.SUBJECT_HASH.eq(subjectHash))
                .fetchOptional(this::toDomain);
    }

    /** A transaction-scoped advisory lock: no row to lock exists before the first erasure. */
    @Override
    public Optional<ErasureRequest> lockAndFind(String subjectHash) {
        dsl.select(DSL.field("pg_advisory_xact_lock(hashtextextended({0}, 0))", DSL.val(subjectHash)))
                .fetch();
        return findBySubjectHash(subjectHash);
    }

    @Override
    public void insert(ErasureRequest request) {
        dsl.insertInto(ERASURE_REQUESTS)
                .set(ERASURE_REQUESTS.ID, request.id())
                .set(ERASURE_REQUESTS.SUBJECT_HASH, request.subjectHash())
                .set(ERASURE_REQUESTS.COMPANY_UUID, request.companyUuid())
                .set(ERASURE_REQUESTS.REQUESTED_BY, request.requestedBy())
                .set(ERASURE_REQUESTS.REQUESTED_BY_SUBJECT, request.requestedBySubject())
                .set(ERASURE_REQUESTS.REQUESTED_AT, request.requestedAt().atOffset(ZoneOffset.UTC))
                .set(ERASURE_REQUESTS.COMPLETED_AT, request.completedAt().atOffset(ZoneOffset.UTC))
                .set(ERASURE_REQUESTS.ERASED_RECORDS, JSONB.valueOf(json.writeValueAsString(request.erasedRecords())))
                .execute();
    }

    private ErasureRequest toDomain(ErasureRequestsRecord row) {
        Map<String, Integer> counts = json.readValue(row.getErasedRecords().data(), COUNTS);
        return new ErasureRequest(
                row.getId(),
                row.getSubjectHash(),
                row.getCompanyUuid(),
                row.getRequestedBy(),
                row.getRequestedBySubject(),
                row.getRequestedAt().toInstant(),
                row.getCompletedAt().toInstant(),
                counts);
    }
}
