package com.customerplatform.customer.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Persistence port of the orders other bounded contexts report for customers, and of the ids of
 * the messages already applied.
 */
public interface OrderHistory {

    /** Remembers a message id; false when it had been remembered before (a redelivery). */
    boolean markProcessed(UUID messageId, Instant now);

    /** Forgets the ids of messages applied before the instant; how many. */
    int forgetProcessedBefore(Instant before);

    /** Locks the customer's row until the transaction ends; false when there is no such customer. */
    boolean lockCustomer(UUID customerId);

    /** The order completed with this amount; a repeated completion replaces the earlier one. */
    void recordCompletion(UUID customerId, String orderId, BigDecimal amount, Instant completedAt);

    /** (Part of) the order came back; returns of one order add up. */
    void recordReturn(UUID customerId, String orderId, BigDecimal amount, Instant returnedAt);

    /** The customer's orders, oldest completion first, read as the stream is consumed; close it. */
    Stream<CustomerOrder> ordersOf(UUID customerId);

    /** Recomputes the customer's totals from its orders and stores them on the profile. */
    OrderStatistics refreshStatistics(UUID customerId);
}
