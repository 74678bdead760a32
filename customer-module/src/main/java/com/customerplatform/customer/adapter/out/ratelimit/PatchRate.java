package com.customerplatform.customer.adapter.out.ratelimit;

import com.customerplatform.sharedkernel.rate.Rate;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/** {@code CUSTOMER_PATCH_RATE}, e.g. {@code 5/minute}: that many patches per period, refilled all at once. */
public record PatchRate(long permits, Duration period) {

    public static PatchRate parse(String value) {
        Rate rate = Rate.parse(value, "CUSTOMER_PATCH_RATE");
        return new PatchRate(rate.permits(), rate.period());
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
