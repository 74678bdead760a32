package com.customerplatform.identity.application.port.out;

import java.util.Optional;

/** The document-type catalogue, as identity checks users' identity documents against it. */
public interface DocumentCatalogue {

    boolean knows(String documentType);

    /** The number in normal form, or empty if it does not pass the type's rule. */
    Optional<String> normalize(String documentType, String number);
}
