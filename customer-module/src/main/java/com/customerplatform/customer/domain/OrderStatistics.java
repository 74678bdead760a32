package com.customerplatform.customer.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a customer's orders add up to, as other bounded contexts reported them.
 *
 * @param totalOrders completed orders, returned ones included
 * @param returnedOrders orders with at least one return
 * @param lifetimeValue completed amounts less returned amounts (net revenue)
 * @param firstOrderDate day (UTC) of the first completed order, null before any
 */
public record OrderStatistics(
        int totalOrders,
        int returnedOrders,
        BigDecimal lifetimeValue,
        LocalDate firstOrderDate,
        LocalDate lastOrderDate) {

    public static final OrderStatistics NONE = new OrderStatistics(0, 0, BigDecimal.ZERO.setScale(2), null, null);

    public OrderStatistics {
        Objects.requireNonNull(lifetimeValue, "lifetimeValue");
    }

    /** Net revenue per completed order; zero before any. */
    public BigDecimal averageOrderValue() {
        return totalOrders == 0
                ? BigDecimal.ZERO.setScale(2)
                : lifetimeValue.divide(BigDecimal.valueOf(totalOrders), 2, RoundingMode.HALF_EVEN);
    }

    /** Share of completed orders with a return, 0 to 1 in four decimals; zero before any order. */
    public BigDecimal returnRate() {
        return totalOrders == 0
                ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(Math.min(returnedOrders, totalOrders))
                        .divide(BigDecimal.valueOf(totalOrders), 4, RoundingMode.HALF_EVEN);
    }
}
