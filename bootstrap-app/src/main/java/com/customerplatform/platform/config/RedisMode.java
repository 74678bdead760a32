package com.customerplatform.platform.config;

/**
 * Where the service keeps short-lived shared state (rate-limit counters, revoked tokens): in Redis
 * when {@code REDIS_URL} (or {@code spring.data.redis.*}) is set, otherwise in this process only —
 * fine for one instance, not shared between several.
 */
public enum RedisMode {
    REDIS,
    IN_PROCESS;

    public static final String PROPERTY = "platform.redis.mode";
}
