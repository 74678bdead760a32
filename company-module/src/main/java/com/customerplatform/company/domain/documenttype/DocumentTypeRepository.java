package com.customerplatform.company.domain.documenttype;

import java.util.List;
import java.util.Optional;

/** Persistence port of the document-type catalogue. */
public interface DocumentTypeRepository {

    /** Ordered by country (international types last), then code. */
    List<DocumentType> findAll(boolean activeOnly);

    Optional<DocumentType> findByCode(DocumentTypeCode code);

    DocumentType insert(DocumentType documentType);

    DocumentType update(DocumentType documentType);

    void delete(DocumentTypeCode code);
}
