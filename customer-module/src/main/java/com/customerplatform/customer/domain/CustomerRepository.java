package com.customerplatform.customer.domain;

import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of customer profiles. */
public interface CustomerRepository {

    Optional<Customer> findById(UUID id);

    /** The profile and its tag names in one statement: a read for showing it. */
    Optional<TaggedCustomer> findTaggedById(UUID id);

    /** The user's profiles, one per business at most, oldest first. */
    List<Customer> findByUser(UUID userId);

    /** Newest first, then by id (a stable order for paging), each with its tag names. */
    Page<TaggedCustomer> find(CustomerQuery query, PageRequest page);

    boolean existsForUser(UUID businessId, UUID userId);

    boolean emailTaken(UUID businessId, String email);

    /** The business's profile with this email (case-insensitive). */
    Optional<Customer> findByEmail(UUID businessId, String email);

    /** Whether another profile of the business has this email. */
    boolean emailTakenByOther(UUID businessId, String email, UUID customerId);

    /** Saves the changed profile if nobody changed it since it was read (optimistic locking). */
    Customer update(Customer customer);

    /**
     * Stores a new profile unless its business already has one of its user or of its email
     * (case-insensitive; the unique keys decide, also between concurrent inserts): then empty.
     */
    Optional<Customer> insert(Customer customer);

    void delete(UUID id);

    /**
     * @param businessId only this business (null: all, for superusers)
     * @param search case-insensitive substring of name, email or phone ({@code %} and {@code _} literal)
     */
    record CustomerQuery(UUID businessId, String search) {}
}
