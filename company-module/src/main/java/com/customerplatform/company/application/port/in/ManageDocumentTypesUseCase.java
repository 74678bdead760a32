package com.customerplatform.company.application.port.in;

import com.customerplatform.company.domain.documenttype.DocumentType;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.patch.FieldChanges;
import java.util.Optional;

/** Superusers keep the document-type catalogue. */
public interface ManageDocumentTypesUseCase {

    DocumentType create(Actor actor, CreateDocumentTypeCommand command);

    DocumentType update(Actor actor, String code, FieldChanges changes);

    /**
     * Deletes an unused type; a type that companies or users carry is only deactivated (returned),
     * so their documents stay valid but no new ones use it.
     */
    Optional<DocumentType> remove(Actor actor, String code);

    record CreateDocumentTypeCommand(
            String code, String name, String description, String country, String validationRule) {}
}
