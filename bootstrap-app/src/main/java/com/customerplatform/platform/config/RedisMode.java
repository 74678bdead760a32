package com.customerplatform.platform.config;

import org.springframework.core.env.Environment;

/**
 * Where the service keeps short-lived shared state (rate-limit counters, revoked tokens): in Redis
 * when {@code REDIS_URL} (or {@code spring.data.redis.*}) is set, otherwise in this process only —
 * fine for one instance, not shared between several.
 */
public enum RedisMode {
    REDIS,
    IN_PROCESS;

    public static final String PROPERTY = "platform.redis.mode";

    /** The mode as configured, read when beans are made: not in a condition (docs/adr/0008). */
    public static RedisMode of(Environment environment) {
        return environment.getProperty(PROPERTY, RedisMode.class, IN_PROCESS);
    }
}
