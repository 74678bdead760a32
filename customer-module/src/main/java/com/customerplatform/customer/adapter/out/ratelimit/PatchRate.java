package com.customerplatform.customer.adapter.out.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A rate in the seed's notation, {@code 5/minute}: that many patches per period, refilled all at once. */
public record PatchRate(long permits, Duration period) {

    private static final Pattern FORMAT = Pattern.compile("\\s*(\\d+)\\s*/\\s*(second|minute|hour|day)\\s*");
    private static final Map<String, Duration> PERIODS = Map.of(
            "second",
            Duration.ofSeconds(1),
            "minute",
            Duration.ofMinutes(1),
            "hour",
            Duration.ofHours(1),
            "day",
            Duration.ofDays(1));

    public static PatchRate parse(String value) {
        Matcher matcher = FORMAT.matcher(value.toLowerCase(Locale.ROOT));
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) < 1) {
            throw new IllegalArgumentException(
                    "CUSTOMER_PATCH_RATE must look like 5/minute (second, minute, hour or day), got " + value);
        }
        return new PatchRate(Long.parseLong(matcher.group(1)), PERIODS.get(matcher.group(2)));
    }

    Bandwidth bandwidth() {
        return Bandwidth.builder()
                .capacity(permits)
                .refillIntervally(permits, period)
                .build();
    }

    BucketConfiguration bucket() {
        return BucketConfiguration.builder().addLimit(bandwidth()).build();
    }
}
