package com.customerplatform.company.application.service;

import com.customerplatform.company.application.port.in.ListDocumentTypesUseCase;
import com.customerplatform.company.application.port.in.ManageDocumentTypesUseCase;
import com.customerplatform.company.domain.company.CompanyRepository;
import com.customerplatform.company.domain.documenttype.DocumentType;
import com.customerplatform.company.domain.documenttype.DocumentTypeCode;
import com.customerplatform.company.domain.documenttype.DocumentTypeRepository;
import com.customerplatform.company.domain.documenttype.DocumentTypeRules;
import com.customerplatform.company.spi.DocumentTypeUsage;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.error.ConflictException;
import com.customerplatform.sharedkernel.error.FieldError;
import com.customerplatform.sharedkernel.error.ForbiddenException;
import com.customerplatform.sharedkernel.error.NotFoundException;
import com.customerplatform.sharedkernel.patch.FieldChanges;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of the document-type catalogue. */
public class DocumentTypeService implements ListDocumentTypesUseCase, ManageDocumentTypesUseCase {

    public static final Set<String> UPDATABLE = Set.of("name", "description", "country", "validation_rule", "active");

    private final DocumentTypeRepository documentTypes;
    private final CompanyRepository companies;
    private final DocumentTypeUsage otherUsage;
    private final Clock clock;

    public DocumentTypeService(
            DocumentTypeRepository documentTypes,
            CompanyRepository companies,
            DocumentTypeUsage otherUsage,
            Clock clock) {
        this.documentTypes = documentTypes;
        this.companies = companies;
        this.otherUsage = otherUsage;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DocumentType> listDocumentTypes(ListDocumentTypesQuery query) {
        return documentTypes.findAll(query.activeOnly());
    }

    @Override
    @Transactional
    public DocumentType create(Actor actor, CreateDocumentTypeCommand command) {
        requireSuperuser(actor);
        DocumentTypeCode code = DocumentTypeRules.code(command.code());
        if (documentTypes.findByCode(code).isPresent()) {
            throw new ConflictException(
                    "DOCUMENT_TYPE_ALREADY_EXISTS",
                    "Document type " + code + " already exists",
                    List.of(new FieldError("code", "is already taken")));
        }
        return documentTypes.insert(new DocumentType(
                null,
                code,
                DocumentTypeRules.name(command.name()),
                DocumentTypeRules.description(command.description()),
                DocumentTypeRules.country(command.country()),
                DocumentTypeRules.rule(command.validationRule()),
                true,
                clock.instant()));
    }

    @Override
    @Transactional
    public DocumentType update(Actor actor, String code, FieldChanges changes) {
        requireSuperuser(actor);
        DocumentType current = find(code);
        DocumentType updated = current.withDetails(
                changes.has("name") ? DocumentTypeRules.name(changes.text("name")) : current.name(),
                changes.has("description")
                        ? DocumentTypeRules.description(changes.text("description"))
                        : current.description(),
                changes.has("country") ? DocumentTypeRules.country(changes.text("country")) : current.country(),
                changes.has("validation_rule")
                        ? DocumentTypeRules.rule(changes.requiredText("validation_rule"))
                        : current.rule(),
                changes.has("active") ? changes.requiredFlag("active") : current.active());
        return updated.equals(current) ? current : documentTypes.update(updated);
    }

    @Override
    @Transactional
    public Optional<DocumentType> remove(Actor actor, String code) {
        requireSuperuser(actor);
        DocumentType type = find(code);
        String value = type.code().value();
        if (companies.anyWithDocumentType(value) || otherUsage.isUsed(value)) {
            return Optional.of(documentTypes.update(
                    type.withDetails(type.name(), type.description(), type.country(), type.rule(), false)));
        }
        documentTypes.delete(type.code());
        return Optional.empty();
    }

    private DocumentType find(String code) {
        try {
            return documentTypes.findByCode(new DocumentTypeCode(code)).orElseThrow(() -> notFound(code));
        } catch (IllegalArgumentException malformed) {
            throw notFound(code);
        }
    }

    private static NotFoundException notFound(String code) {
        return new NotFoundException("DOCUMENT_TYPE_NOT_FOUND", "Document type " + code + " was not found");
    }

    private static void requireSuperuser(Actor actor) {
        if (!actor.superuser()) {
            throw new ForbiddenException(
                    "SUPERUSER_REQUIRED", "Only a superuser may change the document-type catalogue");
        }
    }
}
