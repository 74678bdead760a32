package com.customerplatform.customer.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Applies an order event of another bounded context ({@code orders.completed},
 * {@code orders.returned}) to the customer's totals, once per event id.
 */
public interface RecordOrderEventUseCase {

    /** @throws com.customerplatform.sharedkernel.error.InvalidInputException for an event that breaks the contract */
    Outcome record(OrderEvent event);

    /**
     * Forgets the ids of messages applied longer ago than the retention: no broker redelivers or
     * producer re-sends that late, and the table would otherwise grow forever.
     *
     * @return how many ids were forgotten
     */
    int forgetOldMessageIds();

    enum Kind {
        COMPLETED,
        RETURNED
    }

    enum Outcome {
        RECORDED,
        DUPLICATE,
        UNKNOWN_CUSTOMER
    }

    record OrderEvent(
            UUID eventId,
            Kind kind,
            UUID customerId,
            String orderId,
            BigDecimal totalAmount,
            String currency,
            Instant occurredAt) {}
}
