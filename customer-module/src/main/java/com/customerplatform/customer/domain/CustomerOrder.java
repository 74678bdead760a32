package com.customerplatform.customer.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One order of a customer as the orders context reported it.
 *
 * @param completedAt null while only a return of it is known
 * @param returnedAmount refunds so far (zero without a return)
 */
public record CustomerOrder(
        String orderId, BigDecimal totalAmount, Instant completedAt, BigDecimal returnedAmount, Instant returnedAt) {}
