package com.customerplatform.company.adapter.out.persistence;

import static com.customerplatform.company.adapter.out.persistence.jooq.Tables.DOCUMENT_TYPE;

import com.customerplatform.company.adapter.out.persistence.jooq.tables.records.DocumentTypeRecord;
import com.customerplatform.company.domain.documenttype.DocumentNumberRule;
import com.customerplatform.company.domain.documenttype.DocumentType;
import com.customerplatform.company.domain.documenttype.DocumentTypeCode;
import com.customerplatform.company.domain.documenttype.DocumentTypeRepository;
import java.time.ZoneOffset;
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

    @Override
    public DocumentType insert(DocumentType type) {
        DocumentTypeRecord row = dsl.newRecord(DOCUMENT_TYPE)
                .setCode(type.code().value())
                .setName(type.name())
                .setDescription(type.description())
                .setCountry(type.country())
                .setValidationRule(type.rule().name())
                .setActive(type.active())
                .setCreatedAt(type.createdAt().atOffset(ZoneOffset.UTC));
        row.store();
        return toDomain(row);
    }

    @Override
    public DocumentType update(DocumentType type) {
        return dsl.update(DOCUMENT_TYPE)
                .set(DOCUMENT_TYPE.NAME, type.name())
                .set(DOCUMENT_TYPE.DESCRIPTION, type.description())
                .set(DOCUMENT_TYPE.COUNTRY, type.country())
                .set(DOCUMENT_TYPE.VALIDATION_RULE, type.rule().name())
                .set(DOCUMENT_TYPE.ACTIVE, type.active())
                .where(DOCUMENT_TYPE.CODE.eq(type.code().value()))
                .returning()
                .fetchOne(JooqDocumentTypeRepository::toDomain);
    }

    @Override
    public void delete(DocumentTypeCode code) {
        dsl.deleteFrom(DOCUMENT_TYPE).where(DOCUMENT_TYPE.CODE.eq(code.value())).execute();
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
