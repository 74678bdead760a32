package com.customerplatform.customer.application.port.in;

import com.customerplatform.customer.domain.Note;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import java.util.UUID;

/** Notes on a customer of the caller's business: admins and managers write, viewers read, admins delete. */
public interface CustomerNotesUseCase {

    Note add(Actor actor, UUID customerId, String body);

    Page<Note> list(Actor actor, UUID customerId, PageRequest page);

    void delete(Actor actor, UUID customerId, UUID noteId);
}
