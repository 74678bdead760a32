package com.customerplatform.gdpr.spi;

import java.util.Set;

/**
 * A module's share of a data subject's rights: what it holds about a subject (a platform user, by
 * its uuid), the export of it, and its erasure. Implementations are beans; they run in their
 * {@link org.springframework.core.annotation.Order} (lowest first).
 */
public interface PersonalDataHolder {

    /** The section's name in exports and receipts, e.g. {@code identity}; unique. */
    String section();

    /** Why and how the section's data is processed: the GDPR Art. 15 information. */
    ProcessingRecord processing();

    /**
     * Every column, as {@code schema.table.column}, that holds personal data this holder exports
     * and erases. A test compares the registry with the database.
     */
    Set<String> personalDataColumns();

    boolean holdsDataOf(DataSubject subject);

    /** Writes everything held about the subject (nothing when nothing is held). */
    void export(DataSubject subject, SectionWriter section);

    /**
     * Erases or irreversibly anonymises everything held about the subject, inside the caller's
     * transaction (so a later failure undoes it); files go only once it commits.
     *
     * @return how many records were erased or anonymised
     */
    int erase(DataSubject subject);
}
