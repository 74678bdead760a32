package com.customerplatform.platform.ratelimit;

import com.customerplatform.platform.config.RedisMode;
import com.customerplatform.platform.web.Problems;
import com.customerplatform.sharedkernel.rate.Rate;
import io.lettuce.core.RedisClient;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.web.util.pattern.PathPatternParser;

/** API-wide rate limits (docs/security.md): shared through Redis when it is configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    @Bean
    FilterRegistrationBean<ApiRateLimitFilter> apiRateLimitFilter(
            RateLimitProperties properties,
            Environment environment,
            ObjectProvider<LettuceConnectionFactory> redis,
            Problems problems) {
        RequestRateLimiter limiter = RedisMode.of(environment) == RedisMode.REDIS
                ? RequestRateLimiter.inRedis((RedisClient) redis.getObject().getNativeClient())
                : RequestRateLimiter.inProcess();
        FilterRegistrationBean<ApiRateLimitFilter> registration =
                new FilterRegistrationBean<>(new ApiRateLimitFilter(groups(properties), limiter, problems));
        // Right after Spring Security, so that an authenticated caller is counted by its token's subject.
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    private static List<RouteGroup> groups(RateLimitProperties properties) {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        return properties.groups().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(entry -> new RouteGroup(
                        entry.getKey(),
                        entry.getValue().paths().stream().map(parser::parse).toList(),
                        Rate.parse(
                                entry.getValue().limit(), "platform.rate-limit.groups." + entry.getKey() + ".limit")))
                .toList();
    }
}
