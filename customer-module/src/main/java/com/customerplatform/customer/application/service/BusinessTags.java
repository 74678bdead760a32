package com.customerplatform.customer.application.service;

import com.customerplatform.customer.domain.Tag;
import com.customerplatform.customer.domain.TagRepository;
import com.customerplatform.sharedkernel.error.InvalidInputException;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A business's tags named by a request: validated, de-duplicated, created on first use. */
final class BusinessTags {

    static final int MAX_NAMES = 50;

    private final TagRepository tags;
    private final Clock clock;

    BusinessTags(TagRepository tags, Clock clock) {
        this.tags = tags;
        this.clock = clock;
    }

    /**
     * The names as tags are named: stripped, 1–50 characters, duplicates collapsed
     * case-insensitively (the first spelling wins), in the request's order.
     *
     * @param field how the request calls the list, to name a bad entry ({@code names/2})
     */
    static List<String> distinctNames(List<?> names, String field) {
        if (names.size() > MAX_NAMES) {
            throw InvalidInputException.of(field, "may list at most " + MAX_NAMES + " tags");
        }
        Map<String, String> distinct = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (!(names.get(i) instanceof String name)) {
                throw InvalidInputException.of(field + "/" + i, "must be a tag name");
            }
            String valid;
            try {
                valid = Tag.name(name);
            } catch (InvalidInputException invalid) {
                throw InvalidInputException.of(field + "/" + i, "must be 1 to 50 characters");
            }
            distinct.putIfAbsent(valid.toLowerCase(Locale.ROOT), valid);
        }
        return List.copyOf(distinct.values());
    }

    /** The ids of the business's tags of these names; unknown names become new tags. */
    List<UUID> findOrCreate(UUID businessId, Collection<String> names) {
        return names.stream()
                .map(name -> tags.findByName(businessId, name)
                        .orElseGet(() -> tags.insert(Tag.create(businessId, name, null, clock.instant())))
                        .id())
                .toList();
    }
}
