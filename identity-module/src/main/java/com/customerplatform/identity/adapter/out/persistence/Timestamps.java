package com.customerplatform.identity.adapter.out.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Between the domain's instants and jOOQ's {@code TIMESTAMPTZ} values; {@code null} stays {@code null}. */
final class Timestamps {

    private Timestamps() {}

    static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
