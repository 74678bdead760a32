package com.customerplatform.customer.domain;

import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import java.util.UUID;
import java.util.stream.Stream;

/** Persistence port of customer notes. */
public interface NoteRepository {

    Note insert(Note note);

    /** Newest first. */
    Page<Note> findByCustomer(UUID customerId, PageRequest page);

    long countByCustomer(UUID customerId);

    /** Oldest first, read as the stream is consumed; close it. */
    Stream<Note> streamByCustomer(UUID customerId);

    /** Notes the user wrote (about customers of one business; null: any), oldest first, read as consumed; close it. */
    Stream<Note> streamByAuthor(UUID authorId, UUID onlyBusiness);

    /** Removes the author from the notes the user wrote (about customers of one business; null: any); how many. */
    int forgetAuthor(UUID authorId, UUID onlyBusiness);

    /** Deletes the note only if it belongs to the customer; whether it did. */
    boolean delete(UUID customerId, UUID noteId);
}
