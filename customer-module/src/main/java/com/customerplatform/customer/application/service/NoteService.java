package com.customerplatform.customer.application.service;

import com.customerplatform.customer.application.port.in.CustomerNotesUseCase;
import com.customerplatform.customer.domain.CustomerRepository;
import com.customerplatform.customer.domain.Note;
import com.customerplatform.customer.domain.NoteRepository;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.error.NotFoundException;
import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import java.time.Clock;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

public class NoteService implements CustomerNotesUseCase {

    private final NoteRepository notes;
    private final BusinessCustomers businessCustomers;
    private final Clock clock;

    public NoteService(NoteRepository notes, CustomerRepository customers, Clock clock) {
        this.notes = notes;
        this.businessCustomers = new BusinessCustomers(customers);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Note add(Actor actor, UUID customerId, String body) {
        businessCustomers.forStaff(actor, customerId, "notes:create");
        return notes.insert(Note.write(customerId, actor.userId(), body, clock.instant()));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Note> list(Actor actor, UUID customerId, PageRequest page) {
        businessCustomers.forStaff(actor, customerId, "notes:read");
        return notes.findByCustomer(customerId, page);
    }

    @Override
    @Transactional
    public void delete(Actor actor, UUID customerId, UUID noteId) {
        businessCustomers.forStaff(actor, customerId, "notes:delete");
        if (!notes.delete(customerId, noteId)) {
            throw new NotFoundException(
                    "NOTE_NOT_FOUND", "Note " + noteId + " of customer " + customerId + " was not found");
        }
    }
}
