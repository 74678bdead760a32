package com.customerplatform.sharedkernel.rate;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A rate in the seed's notation, {@code 5/minute}: that many permits per period. */
public record Rate(long permits, Duration period) {

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

    /**
     * @param setting the name the value was configured under, for the error message
     * @throws IllegalArgumentException for anything but a positive count per second, minute, hour or day
     */
    public static Rate parse(String value, String setting) {
        Matcher matcher = FORMAT.matcher(value.toLowerCase(Locale.ROOT));
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) < 1) {
            throw new IllegalArgumentException(
                    setting + " must look like 5/minute (second, minute, hour or day), got " + value);
        }
        return new Rate(Long.parseLong(matcher.group(1)), PERIODS.get(matcher.group(2)));
    }
}
