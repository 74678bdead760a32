package com.customerplatform.company.adapter.out.persistence;

import static com.customerplatform.company.adapter.out.persistence.jooq.Tables.DOCUMENT_TYPE;

import com.customerplatform.company.adapter.out.persistence.jooq.tables.records.DocumentTypeRecord;
import com.customerplatform.company.domain.documenttype.DocumentNumberRule;
import com.customerplatform.company.domain.documenttype.DocumentType;
import com.customerplatform.company.domain.documenttype.DocumentTypeCode;
import com.customerplatform.company.domain.documenttype.DocumentTypeRepository;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The document-type catalogue in table {@code company.document_type}. */
public class JooqDocumentTypeRepository implements DocumentTypeRepository {

    private final DSLContext dsl;

    public JooqDocumentTypeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<DocumentType> findAll(boolean activeOnly) {
        Condition condition = activeOnly ? DOCUMENT_TYPE.ACTIVE.isTrue() : DSL.noCondition();
        return dsl.selectFrom(DOCUMENT_TYPE)
                .where(condition)
                .orderBy(DOCUMENT_TYPE.COUNTRY.asc().nullsLast(), DOCUMENT_TYPE.CODE.asc())
                .fetch(JooqDocumentTypeRepository::toDomain);
    }

    @Override
    public Optional<DocumentType> findByCode(DocumentTypeCode code) {
        return dsl.selectFrom(DOCUMENT_TYPE)
                .where(DOCUMENT_TYPE.CODE.eq(code.value()))
                .fetchOptional(JooqDocumentTypeRepository::toDomain);
    }

    private static DocumentType toDomain(DocumentTypeRecord row) {
        return new DocumentType(
                row.getId(),
                new DocumentTypeCode(row.getCode()),
                row.getName(),
                row.getDescription(),
                row.getCountry(),
                DocumentNumberRule.valueOf(row.getValidationRule()),
                row.getActive(),
                row.getCreatedAt().toInstant());
    }
}
