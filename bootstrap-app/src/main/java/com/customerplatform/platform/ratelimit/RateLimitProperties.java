package com.customerplatform.platform.ratelimit;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * API-wide rate limits: per route group, per caller (the token's subject, or the client address
 * for anonymous calls). Every group whose paths match a request counts it.
 *
 * @param groups by name; a group with paths ({@code /api/**}) and a limit ({@code 6000/minute})
 */
@ConfigurationProperties("platform.rate-limit")
record RateLimitProperties(Map<String, Group> groups) {

    RateLimitProperties {
        groups = groups == null ? Map.of() : Map.copyOf(groups);
    }

    record Group(List<String> paths, String limit) {}
}
