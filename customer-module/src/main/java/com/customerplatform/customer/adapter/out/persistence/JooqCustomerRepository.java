package com.customerplatform.customer.adapter.out.persistence;

import static com.customerplatform.customer.adapter.out.persistence.jooq.Tables.CUSTOMERS;
import static org.jooq.impl.DSL.lower;

import com.customerplatform.customer.adapter.out.persistence.jooq.tables.records.CustomersRecord;
import com.customerplatform.customer.domain.Customer;
import com.customerplatform.customer.domain.CustomerRepository;
import com.customerplatform.customer.domain.Gender;
import com.customerplatform.customer.domain.OrderStatistics;
import com.customerplatform.customer.domain.TaggedCustomer;
import com.customerplatform.sharedkernel.error.ConflictException;
import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.CustomQueryPart;
import org.jooq.impl.DSL;

/** Customer profiles in {@code customer.customers}. */
public class JooqCustomerRepository implements CustomerRepository {

    private static final String TAG_NAMES = "tag_names";

    private final DSLContext dsl;
    /**
     * {@link #findTaggedById}'s statement, built and rendered once and split around its id: building
     * and rendering it for every read was nearly half of the read's time in jOOQ, and running the
     * rendered SQL as a plain SQL template still had jOOQ copy its 970 characters one at a time
     * while it looked for bind markers (docs/performance.md).
     */
    private final String taggedByIdBeforeId;

    private final String taggedByIdAfterId;

    private final Field<?>[] taggedByIdColumns;

    public JooqCustomerRepository(DSLContext dsl) {
        this.dsl = dsl;
        Param<UUID> id = DSL.param("id", UUID.class);
        Select<Record> taggedById = dsl.select(CUSTOMERS.fields())
                .select(tagNamesOf(CUSTOMERS.ID))
                .from(CUSTOMERS)
                .where(CUSTOMERS.ID.eq(id));
        String sql = dsl.render(taggedById);
        String idSql = dsl.render(id);
        int at = sql.indexOf(idSql);
        if (at < 0 || sql.indexOf(idSql, at + 1) >= 0) {
            throw new IllegalStateException("The id is not bound once in " + sql);
        }
        this.taggedByIdBeforeId = sql.substring(0, at);
        this.taggedByIdAfterId = sql.substring(at + idSql.length());
        this.taggedByIdColumns = taggedById.getSelect().toArray(Field<?>[]::new);
    }

    @Override
    public Optional<Customer> findById(UUID id) {
        return dsl.selectFrom(CUSTOMERS).where(CUSTOMERS.ID.eq(id)).fetchOptional(JooqCustomerRepository::toDomain);
    }

    @Override
    public Optional<TaggedCustomer> findTaggedById(UUID id) {
        Param<UUID> bound = DSL.val(id);
        return dsl.resultQuery(
                        "{0}",
                        CustomQueryPart.of(
                                ctx -> ctx.sql(taggedByIdBeforeId).visit(bound).sql(taggedByIdAfterId)))
                .coerce(taggedByIdColumns)
                .fetchOptional(JooqCustomerRepository::toTagged);
    }

    @Override
    public List<Customer> findByUser(UUID userId) {
        return dsl.selectFrom(CUSTOMERS)
                .where(CUSTOMERS.USER_ID.eq(userId))
                .orderBy(CUSTOMERS.CREATED_AT, CUSTOMERS.ID)
                .fetch(JooqCustomerRepository::toDomain);
    }

    @Override
    public Page<TaggedCustomer> find(CustomerQuery query, PageRequest page) {
        Condition condition =
                query.businessId() == null ? DSL.noCondition() : CUSTOMERS.BUSINESS_ID.eq(query.businessId());
        if (query.search() != null && !query.search().isBlank()) {
            return search(condition.and(matches(query.search())), page);
        }
        long total = dsl.fetchCount(CUSTOMERS, condition);
        // The page is cut before the tags are read: beside LIMIT and OFFSET in one select, their
        // subquery would also run for every row the offset skips.
        Table<CustomersRecord> pageRows = dsl.selectFrom(CUSTOMERS)
                .where(condition)
                .orderBy(CUSTOMERS.CREATED_AT.desc(), CUSTOMERS.ID.desc())
                .limit(page.limit())
                .offset(page.offset())
                .asTable("page_rows");
        List<TaggedCustomer> items = dsl.select(pageRows.fields())
                .select(tagNamesOf(pageRows.field(CUSTOMERS.ID)))
                .from(pageRows)
                .orderBy(
                        pageRows.field(CUSTOMERS.CREATED_AT).desc(),
                        pageRows.field(CUSTOMERS.ID).desc())
                .fetch(JooqCustomerRepository::toTagged);
        return new Page<>(items, total, page);
    }

    /**
     * A search's page and total in one statement: the trigram indexes are read once for both, into
     * a materialized list of the matches' ids and creation times (narrow, even when a short term
     * matches much of the table), which is counted and paged; only the page's rows are read whole,
     * with their tags.
     * A listing without a search keeps two statements, as the creation-time index pages it directly.
     */
    private Page<TaggedCustomer> search(Condition condition, PageRequest page) {
        CommonTableExpression<Record2<UUID, OffsetDateTime>> matches = DSL.name("matches")
                .fields("id", "created_at")
                .asMaterialized(DSL.select(CUSTOMERS.ID, CUSTOMERS.CREATED_AT)
                        .from(CUSTOMERS)
                        .where(condition));
        Field<UUID> matchId = matches.field("id", UUID.class);
        Field<OffsetDateTime> matchCreatedAt = matches.field("created_at", OffsetDateTime.class);
        Table<Record1<UUID>> pageIds = DSL.select(matchId)
                .from(matches)
                .orderBy(matchCreatedAt.desc(), matchId.desc())
                .limit(page.limit())
                .offset(page.offset())
                .asTable("page_ids");
        Field<Integer> total = DSL.field(DSL.select(DSL.count()).from(matches)).as("total");
        Result<Record> rows = dsl.with(matches)
                .select(total)
                .select(CUSTOMERS.fields())
                .select(tagNamesOf(CUSTOMERS.ID))
                .from(pageIds)
                .join(CUSTOMERS)
                .on(CUSTOMERS.ID.eq(pageIds.field(matchId)))
                .orderBy(CUSTOMERS.CREATED_AT.desc(), CUSTOMERS.ID.desc())
                .fetch();
        if (rows.isEmpty()) {
            // Nothing matched, or the page lies beyond the last match: only then is the total asked apart.
            return new Page<>(List.of(), page.offset() == 0 ? 0 : dsl.fetchCount(CUSTOMERS, condition), page);
        }
        return new Page<>(
                rows.map(JooqCustomerRepository::toTagged), rows.getFirst().get(total), page);
    }

    /**
     * The same expressions the trigram indexes are built on ({@code lower(full_name)},
     * {@code lower(email)}, {@code phone}), so PostgreSQL can use them for the substring search.
     */
    static Condition matches(String search) {
        if (search == null || search.isBlank()) {
            return DSL.noCondition();
        }
        String pattern = "%"
                + search.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_") + "%";
        return lower(CUSTOMERS.FULL_NAME)
                .like(pattern, '!')
                .or(lower(CUSTOMERS.EMAIL).like(pattern, '!'))
                .or(CUSTOMERS.PHONE.like(pattern, '!'));
    }

    @Override
    public boolean existsForUser(UUID businessId, UUID userId) {
        return dsl.fetchExists(CUSTOMERS, CUSTOMERS.BUSINESS_ID.eq(businessId).and(CUSTOMERS.USER_ID.eq(userId)));
    }

    @Override
    public boolean emailTaken(UUID businessId, String email) {
        return dsl.fetchExists(
                CUSTOMERS,
                CUSTOMERS.BUSINESS_ID.eq(businessId).and(lower(CUSTOMERS.EMAIL).eq(lower(email))));
    }

    @Override
    public Optional<Customer> findByEmail(UUID businessId, String email) {
        return dsl.selectFrom(CUSTOMERS)
                .where(CUSTOMERS
                        .BUSINESS_ID
                        .eq(businessId)
                        .and(lower(CUSTOMERS.EMAIL).eq(lower(email))))
                .fetchOptional(JooqCustomerRepository::toDomain);
    }

    @Override
    public boolean emailTakenByOther(UUID businessId, String email, UUID customerId) {
        return dsl.fetchExists(
                CUSTOMERS,
                CUSTOMERS
                        .BUSINESS_ID
                        .eq(businessId)
                        .and(lower(CUSTOMERS.EMAIL).eq(lower(email)))
                        .and(CUSTOMERS.ID.ne(customerId)));
    }

    @Override
    public Customer update(Customer customer) {
        CustomersRecord row = dsl.update(CUSTOMERS)
                .set(CUSTOMERS.USER_ID, customer.userId())
                .set(CUSTOMERS.FULL_NAME, customer.fullName())
                .set(CUSTOMERS.EMAIL, customer.email())
                .set(CUSTOMERS.PHONE, customer.phone())
                .set(CUSTOMERS.GENDER, customer.gender().code())
                .set(CUSTOMERS.AVATAR_URL, customer.avatarUrl())
                .set(CUSTOMERS.UPDATED_AT, offset(customer.updatedAt()))
                .set(CUSTOMERS.VERSION, CUSTOMERS.VERSION.plus(1))
                .where(CUSTOMERS.ID.eq(customer.id()).and(CUSTOMERS.VERSION.eq(customer.version())))
                .returning()
                .fetchOne();
        if (row == null) {
            throw ConflictException.concurrentModification(
                    "The customer was changed by someone else meanwhile; reload and retry");
        }
        return toDomain(row);
    }

    @Override
    public Optional<Customer> insert(Customer customer) {
        CustomersRecord row = dsl.newRecord(CUSTOMERS)
                .setId(customer.id())
                .setUserId(customer.userId())
                .setBusinessId(customer.businessId())
                .setFullName(customer.fullName())
                .setEmail(customer.email())
                .setPhone(customer.phone())
                .setGender(customer.gender().code())
                .setAvatarUrl(customer.avatarUrl())
                .setTotalOrders(customer.orders().totalOrders())
                .setReturnedOrders(customer.orders().returnedOrders())
                .setLifetimeValue(customer.orders().lifetimeValue())
                .setFirstOrderDate(customer.orders().firstOrderDate())
                .setLastOrderDate(customer.orders().lastOrderDate())
                .setVersion(customer.version())
                .setCreatedAt(offset(customer.createdAt()))
                .setUpdatedAt(offset(customer.updatedAt()));
        return dsl.insertInto(CUSTOMERS)
                .set(row)
                .onConflictDoNothing()
                .returning()
                .fetchOptional(JooqCustomerRepository::toDomain);
    }

    @Override
    public void delete(UUID id) {
        dsl.deleteFrom(CUSTOMERS).where(CUSTOMERS.ID.eq(id)).execute();
    }

    private static Field<String[]> tagNamesOf(Field<UUID> customerId) {
        return JooqTagRepository.tagNamesOf(customerId).as(TAG_NAMES);
    }

    private static TaggedCustomer toTagged(Record row) {
        return new TaggedCustomer(
                toDomain(row.into(CUSTOMERS)), JooqTagRepository.tagNames(row.get(TAG_NAMES, String[].class)));
    }

    private static Customer toDomain(CustomersRecord row) {
        return new Customer(
                row.getId(),
                row.getUserId(),
                row.getBusinessId(),
                row.getFullName(),
                row.getEmail(),
                row.getPhone(),
                Gender.fromCode(row.getGender()).orElseThrow(),
                row.getAvatarUrl(),
                new OrderStatistics(
                        row.getTotalOrders(),
                        row.getReturnedOrders(),
                        row.getLifetimeValue(),
                        row.getFirstOrderDate(),
                        row.getLastOrderDate()),
                row.getVersion(),
                row.getCreatedAt().toInstant(),
                row.getUpdatedAt().toInstant());
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
