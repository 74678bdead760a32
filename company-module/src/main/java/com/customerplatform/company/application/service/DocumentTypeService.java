package com.customerplatform.company.application.service;

import com.customerplatform.company.application.port.in.ListDocumentTypesUseCase;
import com.customerplatform.company.domain.documenttype.DocumentType;
import com.customerplatform.company.domain.documenttype.DocumentTypeRepository;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of the document-type catalogue. */
public class DocumentTypeService implements ListDocumentTypesUseCase {

    private final DocumentTypeRepository documentTypes;

    public DocumentTypeService(DocumentTypeRepository documentTypes) {
        this.documentTypes = documentTypes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DocumentType> listDocumentTypes(ListDocumentTypesQuery query) {
        return documentTypes.findAll(query.activeOnly());
    }
}
