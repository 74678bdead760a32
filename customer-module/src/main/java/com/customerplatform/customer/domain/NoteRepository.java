package com.customerplatform.customer.domain;

import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import java.util.UUID;

/** Persistence port of customer notes. */
public interface NoteRepository {

    Note insert(Note note);

    /** Newest first. */
    Page<Note> findByCustomer(UUID customerId, PageRequest page);

    long countByCustomer(UUID customerId);

    /** Deletes the note only if it belongs to the customer; whether it did. */
    boolean delete(UUID customerId, UUID noteId);
}
