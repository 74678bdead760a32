package com.customerplatform.customer.application.service;

import com.customerplatform.customer.application.port.in.CustomerTagsUseCase;
import com.customerplatform.customer.domain.Customer;
import com.customerplatform.customer.domain.CustomerRepository;
import com.customerplatform.customer.domain.Tag;
import com.customerplatform.customer.domain.TagRepository;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.error.ConflictException;
import com.customerplatform.sharedkernel.error.FieldError;
import com.customerplatform.sharedkernel.error.InvalidInputException;
import com.customerplatform.sharedkernel.error.NotFoundException;
import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

public class TagService implements CustomerTagsUseCase {

    private final TagRepository tags;
    private final BusinessTags businessTags;
    private final BusinessCustomers businessCustomers;
    private final Clock clock;

    public TagService(TagRepository tags, CustomerRepository customers, Clock clock) {
        this.tags = tags;
        this.businessTags = new BusinessTags(tags, clock);
        this.businessCustomers = new BusinessCustomers(customers);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Tag createTag(Actor actor, String name, String color) {
        UUID business = business(actor, "tags:create");
        Tag tag = Tag.create(business, name, color, clock.instant());
        if (tags.findByName(business, tag.name()).isPresent()) {
            throw new ConflictException(
                    "TAG_ALREADY_EXISTS",
                    "Tag '" + tag.name() + "' already exists",
                    List.of(new FieldError("name", "is already taken")));
        }
        return tags.insert(tag);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Tag> listTags(Actor actor, PageRequest page) {
        return tags.findByBusiness(business(actor, "tags:read"), page);
    }

    @Override
    @Transactional
    public List<String> attach(Actor actor, UUID customerId, List<String> names) {
        Customer customer = businessCustomers.forStaff(actor, customerId, "tags:attach");
        if (names == null || names.isEmpty()) {
            throw InvalidInputException.of("names", "must list 1 to " + BusinessTags.MAX_NAMES + " tag names");
        }
        tags.attach(
                customerId,
                businessTags.findOrCreate(customer.businessId(), BusinessTags.distinctNames(names, "names")));
        return tags.namesOf(customerId);
    }

    @Override
    @Transactional
    public void detach(Actor actor, UUID customerId, String name) {
        Customer customer = businessCustomers.forStaff(actor, customerId, "tags:attach");
        Tag tag = tags.findByName(customer.businessId(), name).orElseThrow(() -> tagNotFound(name));
        if (!tags.detach(customerId, tag.id())) {
            throw tagNotFound(name);
        }
    }

    // One statement, so no transaction (docs/architecture.md#persistence).
    @Override
    public List<String> tagsOf(UUID customerId) {
        return tags.namesOf(customerId);
    }

    private static UUID business(Actor actor, String permission) {
        actor.require(permission);
        if (actor.companyUuid() == null) {
            throw InvalidInputException.of("business_id", "tags belong to a company; sign in as one of its users");
        }
        return actor.companyUuid();
    }

    private static NotFoundException tagNotFound(String name) {
        return new NotFoundException("TAG_NOT_FOUND", "The customer has no tag '" + name + "'");
    }
}
