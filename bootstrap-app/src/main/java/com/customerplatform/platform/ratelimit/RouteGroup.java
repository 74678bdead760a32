package com.customerplatform.platform.ratelimit;

import com.customerplatform.sharedkernel.rate.Rate;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;

/** A named set of routes that share one limit per caller. */
record RouteGroup(String name, List<PathPattern> paths, Rate limit) {

    boolean matches(PathContainer path) {
        return paths.stream().anyMatch(pattern -> pattern.matches(path));
    }

    /** The whole allowance refills at once each period, as the seed's {@code 5/minute} reads. */
    BucketConfiguration bucket() {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.permits())
                        .refillIntervally(limit.permits(), limit.period())
                        .build())
                .build();
    }
}
