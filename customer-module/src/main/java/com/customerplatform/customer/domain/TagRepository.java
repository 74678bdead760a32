package com.customerplatform.customer.domain;

import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of a business's tags and which customers carry them. */
public interface TagRepository {

    /** A page of them, ordered by name. */
    Page<Tag> findByBusiness(UUID businessId, PageRequest page);

    Optional<Tag> findByName(UUID businessId, String name);

    Tag insert(Tag tag);

    /** Attaches, ignoring tags the customer already has. */
    void attach(UUID customerId, Collection<UUID> tagIds);

    /** Leaves the customer with exactly these tags. */
    void replace(UUID customerId, Collection<UUID> tagIds);

    /** Whether the customer had the tag. */
    boolean detach(UUID customerId, UUID tagId);

    /** The customer's tag names, ordered by name. */
    List<String> namesOf(UUID customerId);
}
