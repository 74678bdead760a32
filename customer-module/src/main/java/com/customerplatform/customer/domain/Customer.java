package com.customerplatform.customer.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer profile within one business (a company, by its uuid). It may belong to a platform
 * user ({@code userId}); a user has at most one profile per business, and so has an email.
 *
 * @param phone in E.164 ({@code +573001234567})
 */
public record Customer(
        UUID id,
        UUID userId,
        UUID businessId,
        String fullName,
        String email,
        String phone,
        Gender gender,
        String avatarUrl,
        OrderStatistics orders,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(businessId, "businessId");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(orders, "orders");
    }

    public Customer withProfile(
            String fullName, String email, String phone, Gender gender, String avatarUrl, Instant now) {
        return new Customer(
                id, userId, businessId, fullName, email, phone, gender, avatarUrl, orders, version, createdAt, now);
    }

    /** The profile staff made for this person, now also the profile of its platform user. */
    public Customer linkedTo(UUID userId, Instant now) {
        return new Customer(
                id, userId, businessId, fullName, email, phone, gender, avatarUrl, orders, version, createdAt, now);
    }

    public Customer withAvatar(String avatarUrl, Instant now) {
        return withProfile(fullName, email, phone, gender, avatarUrl, now);
    }

    /** A new profile: no orders yet. */
    public static Customer register(
            UUID userId,
            UUID businessId,
            String fullName,
            String email,
            String phone,
            Gender gender,
            String avatarUrl,
            Instant now) {
        return new Customer(
                UUID.randomUUID(),
                userId,
                businessId,
                fullName,
                email,
                phone,
                gender,
                avatarUrl,
                OrderStatistics.NONE,
                0,
                now,
                now);
    }
}
