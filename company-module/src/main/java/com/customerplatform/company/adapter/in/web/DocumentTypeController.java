package com.customerplatform.company.adapter.in.web;

import com.customerplatform.company.application.port.in.ListDocumentTypesUseCase;
import com.customerplatform.company.application.port.in.ListDocumentTypesUseCase.ListDocumentTypesQuery;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/document-types")
class DocumentTypeController {

    private final ListDocumentTypesUseCase listDocumentTypes;
    private final DocumentTypeWebMapper mapper;

    DocumentTypeController(ListDocumentTypesUseCase listDocumentTypes, DocumentTypeWebMapper mapper) {
        this.listDocumentTypes = listDocumentTypes;
        this.mapper = mapper;
    }

    /** The catalogue; {@code include_inactive=true} adds deactivated types. */
    @GetMapping
    List<DocumentTypeResponse> list(@RequestParam(name = "include_inactive", defaultValue = "false") boolean includeInactive) {
        return mapper.toResponses(listDocumentTypes.listDocumentTypes(new ListDocumentTypesQuery(!includeInactive)));
    }
}
