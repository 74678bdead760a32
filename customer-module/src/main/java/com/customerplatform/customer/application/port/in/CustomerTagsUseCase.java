package com.customerplatform.customer.application.port.in;

import com.customerplatform.customer.domain.Tag;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import java.util.List;
import java.util.UUID;

/** The caller's business's tags and which of its customers carry them. */
public interface CustomerTagsUseCase {

    Tag createTag(Actor actor, String name, String color);

    Page<Tag> listTags(Actor actor, PageRequest page);

    /**
     * Attaches tags by name: duplicates collapse (case-insensitively), tags already attached are no
     * error, names the business does not have yet are created. Returns the customer's tag names.
     */
    List<String> attach(Actor actor, UUID customerId, List<String> names);

    void detach(Actor actor, UUID customerId, String name);

    /** Tag names of an already authorized customer, for showing it. */
    List<String> tagsOf(UUID customerId);
}
