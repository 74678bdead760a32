package com.customerplatform.customer.application.service;

import com.customerplatform.customer.application.port.in.CustomerNotesUseCase;
import com.customerplatform.customer.domain.CustomerRepository;
import com.customerplatform.customer.domain.Note;
import com.customerplatform.customer.domain.NoteRepository;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.error.ForbiddenException;
import com.customerplatform.sharedkernel.error.NotFoundException;
import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import java.time.Clock;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

public class NoteService implements CustomerNotesUseCase {

    private final NoteRepository notes;
    private final CustomerRepository customers;
    private final Clock clock;

    public NoteService(NoteRepository notes, CustomerRepository customers, Clock clock) {
        this.notes = notes;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Note add(Actor actor, UUID customerId, String body) {
        requireCustomerOfBusiness(actor, customerId, "notes:create");
        return notes.insert(Note.write(customerId, actor.userId(), body, clock.instant()));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Note> list(Actor actor, UUID customerId, PageRequest page) {
        requireCustomerOfBusiness(actor, customerId, "notes:read");
        return notes.findByCustomer(customerId, page);
    }

    @Override
    @Transactional
    public void delete(Actor actor, UUID customerId, UUID noteId) {
        requireCustomerOfBusiness(actor, customerId, "notes:delete");
        if (!notes.delete(customerId, noteId)) {
            throw new NotFoundException("NOTE_NOT_FOUND", "Note " + noteId + " of customer " + customerId + " was not found");
        }
    }

    /** 403 for a role that may never do it; 404 for a customer of another business, as if it did not exist. */
    private void requireCustomerOfBusiness(Actor actor, UUID customerId, String permission) {
        if (!actor.can(permission)) {
            throw new ForbiddenException("FORBIDDEN", "Your role may not do this (" + permission + ")");
        }
        customers.findById(customerId)
                .filter(customer -> actor.superuser() || customer.businessId().equals(actor.companyUuid()))
                .orElseThrow(() -> new NotFoundException(CustomerService.CUSTOMER_NOT_FOUND, "Customer " + customerId + " was not found"));
    }
}
