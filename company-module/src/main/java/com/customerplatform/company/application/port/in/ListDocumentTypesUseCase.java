package com.customerplatform.company.application.port.in;

import com.customerplatform.company.domain.documenttype.DocumentType;
import java.util.List;

/** Reads the document-type catalogue. */
public interface ListDocumentTypesUseCase {

    List<DocumentType> listDocumentTypes(ListDocumentTypesQuery query);

    /** @param activeOnly {@code true} to leave out deactivated types */
    record ListDocumentTypesQuery(boolean activeOnly) {}
}
