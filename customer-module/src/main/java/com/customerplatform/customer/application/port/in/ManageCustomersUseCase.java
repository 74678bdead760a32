package com.customerplatform.customer.application.port.in;

import com.customerplatform.customer.domain.Customer;
import com.customerplatform.customer.domain.TaggedCustomer;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import java.util.UUID;

/**
 * Customer profiles (SPEC §4): staff see their business's customers, a {@code customer} user only
 * its own profile; anything else answers 404.
 */
public interface ManageCustomersUseCase {

    Customer create(Actor actor, CreateCustomerCommand command);

    TaggedCustomer get(Actor actor, UUID customerId);

    Page<TaggedCustomer> list(Actor actor, ListCustomersQuery query, PageRequest page);

    void delete(Actor actor, UUID customerId);

    /** @param businessId defaults to the caller's company */
    record CreateCustomerCommand(
            UUID userId,
            UUID businessId,
            String fullName,
            String email,
            String phone,
            String gender,
            String avatarUrl) {}

    record ListCustomersQuery(UUID businessId, String search) {}
}
