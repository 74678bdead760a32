package com.customerplatform.customer.application.port.in;

import com.customerplatform.customer.domain.OrderStatistics;
import com.customerplatform.sharedkernel.actor.Actor;
import java.util.List;
import java.util.UUID;

/** A customer's figures for staff: its orders as reported by order events, its notes and tags. */
public interface CustomerStatisticsUseCase {

    CustomerStatistics statistics(Actor actor, UUID customerId);

    /** @param currency of every amount in {@code orders} */
    record CustomerStatistics(
            UUID customerId, OrderStatistics orders, String currency, long notesCount, List<String> tags) {}
}
