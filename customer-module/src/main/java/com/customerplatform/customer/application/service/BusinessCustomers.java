package com.customerplatform.customer.application.service;

import com.customerplatform.customer.domain.Customer;
import com.customerplatform.customer.domain.CustomerRepository;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.error.NotFoundException;
import java.util.UUID;

/**
 * The profile a staff member acts on: 403 for a role that may never do the action, 404 for a
 * customer of another business (as if it did not exist). Superusers see every business.
 */
final class BusinessCustomers {

    static final String CUSTOMER_NOT_FOUND = "CUSTOMER_NOT_FOUND";

    private final CustomerRepository customers;

    BusinessCustomers(CustomerRepository customers) {
        this.customers = customers;
    }

    Customer forStaff(Actor actor, UUID customerId, String permission) {
        actor.require(permission);
        return customers
                .findById(customerId)
                .filter(customer -> actor.superuser() || customer.businessId().equals(actor.companyUuid()))
                .orElseThrow(() -> notFound(customerId));
    }

    static NotFoundException notFound(UUID customerId) {
        return new NotFoundException(CUSTOMER_NOT_FOUND, "Customer " + customerId + " was not found");
    }
}
