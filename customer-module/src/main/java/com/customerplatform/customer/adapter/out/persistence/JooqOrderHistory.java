package com.customerplatform.customer.adapter.out.persistence;

import static com.customerplatform.customer.adapter.out.persistence.jooq.Tables.CUSTOMERS;
import static com.customerplatform.customer.adapter.out.persistence.jooq.Tables.ORDERS;
import static com.customerplatform.customer.adapter.out.persistence.jooq.Tables.PROCESSED_MESSAGES;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;

import com.customerplatform.customer.domain.CustomerOrder;
import com.customerplatform.customer.domain.OrderHistory;
import com.customerplatform.customer.domain.OrderStatistics;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record5;

/** Orders in {@code customer.orders}, applied message ids in {@code customer.processed_messages}. */
public class JooqOrderHistory implements OrderHistory {

    private final DSLContext dsl;

    public JooqOrderHistory(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean markProcessed(UUID messageId, Instant now) {
        return dsl.insertInto(PROCESSED_MESSAGES)
                        .set(PROCESSED_MESSAGES.MESSAGE_ID, messageId)
                        .set(PROCESSED_MESSAGES.PROCESSED_AT, utc(now))
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    @Override
    public int forgetProcessedBefore(Instant before) {
        return dsl.deleteFrom(PROCESSED_MESSAGES)
                .where(PROCESSED_MESSAGES.PROCESSED_AT.lt(utc(before)))
                .execute();
    }

    @Override
    public boolean lockCustomer(UUID customerId) {
        return dsl.select(CUSTOMERS.ID)
                .from(CUSTOMERS)
                .where(CUSTOMERS.ID.eq(customerId))
                .forUpdate()
                .fetchOptional()
                .isPresent();
    }

    @Override
    public void recordCompletion(UUID customerId, String orderId, BigDecimal amount, Instant completedAt) {
        dsl.insertInto(ORDERS)
                .set(ORDERS.CUSTOMER_ID, customerId)
                .set(ORDERS.ORDER_ID, orderId)
                .set(ORDERS.TOTAL_AMOUNT, amount)
                .set(ORDERS.COMPLETED_AT, utc(completedAt))
                .onConflict(ORDERS.CUSTOMER_ID, ORDERS.ORDER_ID)
                .doUpdate()
                .set(ORDERS.TOTAL_AMOUNT, amount)
                .set(ORDERS.COMPLETED_AT, utc(completedAt))
                .execute();
    }

    @Override
    public void recordReturn(UUID customerId, String orderId, BigDecimal amount, Instant returnedAt) {
        dsl.insertInto(ORDERS)
                .set(ORDERS.CUSTOMER_ID, customerId)
                .set(ORDERS.ORDER_ID, orderId)
                .set(ORDERS.RETURNED_AMOUNT, amount)
                .set(ORDERS.RETURNED_AT, utc(returnedAt))
                .onConflict(ORDERS.CUSTOMER_ID, ORDERS.ORDER_ID)
                .doUpdate()
                .set(ORDERS.RETURNED_AMOUNT, ORDERS.RETURNED_AMOUNT.plus(amount))
                .set(ORDERS.RETURNED_AT, greatest(ORDERS.RETURNED_AT, val(utc(returnedAt))))
                .execute();
    }

    @Override
    public Stream<CustomerOrder> ordersOf(UUID customerId) {
        return dsl
                .selectFrom(ORDERS)
                .where(ORDERS.CUSTOMER_ID.eq(customerId))
                .orderBy(ORDERS.COMPLETED_AT.asc().nullsLast(), ORDERS.ORDER_ID)
                .fetchSize(500)
                .stream()
                .map(row -> new CustomerOrder(
                        row.getOrderId(),
                        row.getTotalAmount(),
                        instant(row.getCompletedAt()),
                        row.getReturnedAmount(),
                        instant(row.getReturnedAt())));
    }

    @Override
    public OrderStatistics refreshStatistics(UUID customerId) {
        Record5<Integer, Integer, BigDecimal, OffsetDateTime, OffsetDateTime> totals = dsl.select(
                        count().filterWhere(ORDERS.COMPLETED_AT.isNotNull()),
                        count().filterWhere(ORDERS.COMPLETED_AT
                                .isNotNull()
                                .and(ORDERS.RETURNED_AMOUNT.gt(BigDecimal.ZERO))),
                        // A return counts once its order is known to be complete, and never for more than the order.
                        coalesce(
                                sum(ORDERS.TOTAL_AMOUNT.minus(least(ORDERS.RETURNED_AMOUNT, ORDERS.TOTAL_AMOUNT)))
                                        .filterWhere(ORDERS.COMPLETED_AT.isNotNull()),
                                BigDecimal.ZERO),
                        min(ORDERS.COMPLETED_AT),
                        max(ORDERS.COMPLETED_AT))
                .from(ORDERS)
                .where(ORDERS.CUSTOMER_ID.eq(customerId))
                .fetchSingle();
        OrderStatistics statistics = new OrderStatistics(
                totals.value1(),
                totals.value2(),
                totals.value3().setScale(2),
                day(totals.value4()),
                day(totals.value5()));
        dsl.update(CUSTOMERS)
                .set(CUSTOMERS.TOTAL_ORDERS, statistics.totalOrders())
                .set(CUSTOMERS.RETURNED_ORDERS, statistics.returnedOrders())
                .set(CUSTOMERS.LIFETIME_VALUE, statistics.lifetimeValue())
                .set(CUSTOMERS.FIRST_ORDER_DATE, statistics.firstOrderDate())
                .set(CUSTOMERS.LAST_ORDER_DATE, statistics.lastOrderDate())
                .where(CUSTOMERS.ID.eq(customerId))
                .execute();
        return statistics;
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static LocalDate day(OffsetDateTime at) {
        return at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
