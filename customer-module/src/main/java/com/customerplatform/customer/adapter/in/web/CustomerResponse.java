package com.customerplatform.customer.adapter.in.web;

import com.customerplatform.customer.domain.Customer;
import com.customerplatform.customer.domain.TaggedCustomer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A customer profile as SPEC §4 shows it. */
public record CustomerResponse(
        UUID id,
        UUID userId,
        UUID businessId,
        String fullName,
        String email,
        String phone,
        String gender,
        String avatarUrl,
        int totalOrders,
        BigDecimal lifetimeValue,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt) {

    static CustomerResponse of(TaggedCustomer shown) {
        return of(shown.customer(), shown.tags());
    }

    static CustomerResponse of(Customer customer, List<String> tagNames) {
        return new CustomerResponse(
                customer.id(),
                customer.userId(),
                customer.businessId(),
                customer.fullName(),
                customer.email(),
                customer.phone(),
                customer.gender().code(),
                customer.avatarUrl(),
                customer.orders().totalOrders(),
                customer.orders().lifetimeValue(),
                tagNames,
                customer.createdAt(),
                customer.updatedAt());
    }
}
