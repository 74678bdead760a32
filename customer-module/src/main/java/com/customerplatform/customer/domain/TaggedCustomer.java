package com.customerplatform.customer.domain;

import java.util.List;
import java.util.Objects;

/**
 * A profile with the names of the tags it carries, ordered by name: a profile as it is shown, read
 * in one statement.
 */
public record TaggedCustomer(Customer customer, List<String> tags) {

    public TaggedCustomer {
        Objects.requireNonNull(customer, "customer");
        tags = List.copyOf(tags);
    }
}
