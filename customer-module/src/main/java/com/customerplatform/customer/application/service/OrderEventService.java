package com.customerplatform.customer.application.service;

import com.customerplatform.customer.application.port.in.RecordOrderEventUseCase;
import com.customerplatform.customer.domain.OrderHistory;
import com.customerplatform.sharedkernel.error.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import org.springframework.transaction.annotation.Transactional;

/**
 * Order events to customer totals. Lifetime value is kept in one currency (the platform's), so an
 * event in another is refused rather than added up wrongly.
 */
public class OrderEventService implements RecordOrderEventUseCase {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private final OrderHistory history;
    private final String currency;
    private final Duration deduplicationWindow;
    private final Clock clock;

    public OrderEventService(OrderHistory history, String currency, Duration deduplicationWindow, Clock clock) {
        this.history = history;
        this.currency = currency;
        this.deduplicationWindow = deduplicationWindow;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int forgetOldMessageIds() {
        return history.forgetProcessedBefore(clock.instant().minus(deduplicationWindow));
    }

    @Override
    @Transactional
    public Outcome record(OrderEvent event) {
        validate(event);
        if (!history.markProcessed(event.eventId(), clock.instant())) {
            return Outcome.DUPLICATE;
        }
        if (!history.lockCustomer(event.customerId())) {
            return Outcome.UNKNOWN_CUSTOMER;
        }
        switch (event.kind()) {
            case COMPLETED ->
                history.recordCompletion(event.customerId(), event.orderId(), event.totalAmount(), event.occurredAt());
            case RETURNED ->
                history.recordReturn(event.customerId(), event.orderId(), event.totalAmount(), event.occurredAt());
        }
        history.refreshStatistics(event.customerId());
        return Outcome.RECORDED;
    }

    private void validate(OrderEvent event) {
        require(event.eventId() != null, "event_id", "is required (a UUID)");
        require(event.kind() != null, "event_type", "must be orders.completed or orders.returned");
        require(event.customerId() != null, "customer_id", "is required (a UUID)");
        require(
                event.orderId() != null
                        && !event.orderId().isBlank()
                        && event.orderId().length() <= 100,
                "order_id",
                "must be 1 to 100 characters");
        require(
                event.totalAmount() != null
                        && event.totalAmount().signum() >= 0
                        && event.totalAmount().scale() <= 2
                        && event.totalAmount().compareTo(MAX_AMOUNT) <= 0,
                "total_amount",
                "must be 0 to " + MAX_AMOUNT + " with at most 2 decimals");
        require(currency.equalsIgnoreCase(event.currency()), "currency", "must be " + currency);
        require(event.occurredAt() != null, "occurred_at", "is required (an ISO-8601 instant)");
    }

    private static void require(boolean holds, String field, String message) {
        if (!holds) {
            throw InvalidInputException.of(field, message);
        }
    }
}
