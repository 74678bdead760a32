package com.customerplatform.platform.web;

import com.customerplatform.sharedkernel.actor.Actor;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document shows what clients send. The {@link Actor} parameter of the controllers
 * comes from the bearer token (ActorArgumentResolver), so it is no query parameter there.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }
}
