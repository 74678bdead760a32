package com.customerplatform.customer.adapter.out.persistence;

import static com.customerplatform.customer.adapter.out.persistence.jooq.Tables.CUSTOMER_TAGS;
import static com.customerplatform.customer.adapter.out.persistence.jooq.Tables.TAGS;
import static org.jooq.impl.DSL.lower;

import com.customerplatform.customer.adapter.out.persistence.jooq.tables.records.TagsRecord;
import com.customerplatform.customer.domain.Tag;
import com.customerplatform.customer.domain.TagRepository;
import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Tags in {@code customer.tags}, their use in {@code customer.customer_tags}. */
public class JooqTagRepository implements TagRepository {

    private final DSLContext dsl;

    public JooqTagRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Page<Tag> findByBusiness(UUID businessId, PageRequest page) {
        return new Page<>(
                dsl.selectFrom(TAGS)
                        .where(TAGS.BUSINESS_ID.eq(businessId))
                        .orderBy(lower(TAGS.NAME), TAGS.ID)
                        .limit(page.limit())
                        .offset(page.offset())
                        .fetch(JooqTagRepository::toDomain),
                dsl.fetchCount(TAGS, TAGS.BUSINESS_ID.eq(businessId)),
                page);
    }

    @Override
    public Optional<Tag> findByName(UUID businessId, String name) {
        return dsl.selectFrom(TAGS)
                .where(TAGS.BUSINESS_ID.eq(businessId).and(lower(TAGS.NAME).eq(lower(name.strip()))))
                .fetchOptional(JooqTagRepository::toDomain);
    }

    @Override
    public Tag insert(Tag tag) {
        TagsRecord row = dsl.newRecord(TAGS)
                .setId(tag.id())
                .setBusinessId(tag.businessId())
                .setName(tag.name())
                .setColor(tag.color())
                .setCreatedAt(tag.createdAt().atOffset(ZoneOffset.UTC));
        row.store();
        return toDomain(row);
    }

    @Override
    public void attach(UUID customerId, Collection<UUID> tagIds) {
        for (UUID tagId : tagIds) {
            dsl.insertInto(CUSTOMER_TAGS)
                    .set(CUSTOMER_TAGS.CUSTOMER_ID, customerId)
                    .set(CUSTOMER_TAGS.TAG_ID, tagId)
                    .onConflictDoNothing()
                    .execute();
        }
    }

    @Override
    public void replace(UUID customerId, Collection<UUID> tagIds) {
        dsl.deleteFrom(CUSTOMER_TAGS)
                .where(CUSTOMER_TAGS.CUSTOMER_ID.eq(customerId).and(CUSTOMER_TAGS.TAG_ID.notIn(tagIds)))
                .execute();
        attach(customerId, tagIds);
    }

    @Override
    public boolean detach(UUID customerId, UUID tagId) {
        return dsl.deleteFrom(CUSTOMER_TAGS)
                        .where(CUSTOMER_TAGS.CUSTOMER_ID.eq(customerId).and(CUSTOMER_TAGS.TAG_ID.eq(tagId)))
                        .execute()
                == 1;
    }

    @Override
    public List<String> namesOf(UUID customerId) {
        return tagNames(
                dsl.select(tagNamesOf(DSL.val(customerId))).fetchSingle().value1());
    }

    /**
     * The tag names of the customer with this id, ordered by name, as one value (an array, null for
     * none): a profile's read selects them beside its columns, one statement for both.
     */
    static Field<String[]> tagNamesOf(Field<UUID> customerId) {
        return DSL.field(DSL.select(DSL.arrayAgg(TAGS.NAME).orderBy(lower(TAGS.NAME)))
                .from(CUSTOMER_TAGS)
                .join(TAGS)
                .on(TAGS.ID.eq(CUSTOMER_TAGS.TAG_ID))
                .where(CUSTOMER_TAGS.CUSTOMER_ID.eq(customerId)));
    }

    static List<String> tagNames(String[] tagNamesOf) {
        return tagNamesOf == null ? List.of() : List.of(tagNamesOf);
    }

    private static Tag toDomain(TagsRecord row) {
        return new Tag(
                row.getId(),
                row.getBusinessId(),
                row.getName(),
                row.getColor(),
                row.getCreatedAt().toInstant());
    }
}
