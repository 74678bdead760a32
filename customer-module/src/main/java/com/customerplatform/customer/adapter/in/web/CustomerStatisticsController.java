package com.customerplatform.customer.adapter.in.web;

import com.customerplatform.customer.application.port.in.CustomerStatisticsUseCase;
import com.customerplatform.customer.application.port.in.CustomerStatisticsUseCase.CustomerStatistics;
import com.customerplatform.customer.domain.OrderStatistics;
import com.customerplatform.sharedkernel.actor.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/customers")
class CustomerStatisticsController {

    private final CustomerStatisticsUseCase statistics;

    CustomerStatisticsController(CustomerStatisticsUseCase statistics) {
        this.statistics = statistics;
    }

    /** Amounts are decimals in {@code currency}; {@code return_rate} is a share from 0 to 1. */
    record StatisticsResponse(
            UUID customerId,
            int totalOrders,
            BigDecimal lifetimeValue,
            BigDecimal averageOrderValue,
            String currency,
            LocalDate firstOrderDate,
            LocalDate lastOrderDate,
            int returnedOrders,
            BigDecimal returnRate,
            long notesCount,
            List<String> tags) {}

    @GetMapping("/{customerId}/stats")
    StatisticsResponse statistics(Actor actor, @PathVariable UUID customerId) {
        CustomerStatistics figures = statistics.statistics(actor, customerId);
        OrderStatistics orders = figures.orders();
        return new StatisticsResponse(
                figures.customerId(),
                orders.totalOrders(),
                orders.lifetimeValue(),
                orders.averageOrderValue(),
                figures.currency(),
                orders.firstOrderDate(),
                orders.lastOrderDate(),
                orders.returnedOrders(),
                orders.returnRate(),
                figures.notesCount(),
                figures.tags());
    }
}
