package com.customerplatform.company.adapter.in.web;

import com.customerplatform.company.application.port.in.ListDocumentTypesUseCase;
import com.customerplatform.company.application.port.in.ListDocumentTypesUseCase.ListDocumentTypesQuery;
import com.customerplatform.company.application.port.in.ManageDocumentTypesUseCase;
import com.customerplatform.company.application.port.in.ManageDocumentTypesUseCase.CreateDocumentTypeCommand;
import com.customerplatform.company.application.service.DocumentTypeService;
import com.customerplatform.company.domain.documenttype.DocumentType;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.patch.FieldChanges;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/document-types")
class DocumentTypeController {

    private final ListDocumentTypesUseCase listDocumentTypes;
    private final ManageDocumentTypesUseCase manageDocumentTypes;
    private final DocumentTypeWebMapper mapper;

    DocumentTypeController(
            ListDocumentTypesUseCase listDocumentTypes,
            ManageDocumentTypesUseCase manageDocumentTypes,
            DocumentTypeWebMapper mapper) {
        this.listDocumentTypes = listDocumentTypes;
        this.manageDocumentTypes = manageDocumentTypes;
        this.mapper = mapper;
    }

    record CreateDocumentTypeRequest(
            String code, String name, String description, String country, String validationRule) {}

    /** The catalogue; {@code include_inactive=true} adds deactivated types. */
    @GetMapping
    List<DocumentTypeResponse> list(
            @RequestParam(name = "include_inactive", defaultValue = "false") boolean includeInactive) {
        return mapper.toResponses(listDocumentTypes.listDocumentTypes(new ListDocumentTypesQuery(!includeInactive)));
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<DocumentTypeResponse> create(Actor actor, @RequestBody CreateDocumentTypeRequest request) {
        DocumentType created = manageDocumentTypes.create(
                actor,
                new CreateDocumentTypeCommand(
                        request.code(),
                        request.name(),
                        request.description(),
                        request.country(),
                        request.validationRule()));
        return ResponseEntity.created(URI.create("/api/v1/document-types/" + created.code()))
                .body(mapper.toResponse(created));
    }

    /** Partial update of name, description, country, validation_rule and active. */
    @PutMapping(path = "/{code}", consumes = "application/json")
    DocumentTypeResponse update(Actor actor, @PathVariable String code, @RequestBody Map<String, Object> body) {
        return mapper.toResponse(manageDocumentTypes.update(
                actor, code, FieldChanges.of(body, DocumentTypeService.UPDATABLE, Map.of())));
    }

    /** 204 when the type was unused and is gone; 200 with the deactivated type when records still carry it. */
    @DeleteMapping("/{code}")
    ResponseEntity<DocumentTypeResponse> delete(Actor actor, @PathVariable String code) {
        return manageDocumentTypes
                .remove(actor, code)
                .map(deactivated -> ResponseEntity.ok(mapper.toResponse(deactivated)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }
}
