package com.customerplatform.customer.application.service;

import com.customerplatform.customer.application.port.in.CustomerStatisticsUseCase;
import com.customerplatform.customer.domain.Customer;
import com.customerplatform.customer.domain.CustomerRepository;
import com.customerplatform.customer.domain.NoteRepository;
import com.customerplatform.customer.domain.TagRepository;
import com.customerplatform.sharedkernel.actor.Actor;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

public class CustomerStatisticsService implements CustomerStatisticsUseCase {

    private final BusinessCustomers businessCustomers;
    private final NoteRepository notes;
    private final TagRepository tags;
    private final String currency;

    public CustomerStatisticsService(
            CustomerRepository customers, NoteRepository notes, TagRepository tags, String currency) {
        this.businessCustomers = new BusinessCustomers(customers);
        this.notes = notes;
        this.tags = tags;
        this.currency = currency;
    }

    @Override
    @Transactional(readOnly = true)
    public CustomerStatistics statistics(Actor actor, UUID customerId) {
        Customer customer = businessCustomers.forStaff(actor, customerId, "customer-stats:read");
        return new CustomerStatistics(
                customer.id(),
                customer.orders(),
                currency,
                notes.countByCustomer(customer.id()),
                tags.namesOf(customer.id()));
    }
}
