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
