package com.customerplatform.platform.web;

import java.io.IOException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the staff console (the admin-console module) at {@code /console/}: its files as they are,
 * and its index page for any other path below it without a file extension, because the console
 * routes in the browser (reloading {@code /console/customers/<id>} must load the app). Built
 * without node, the console is absent and {@code /console/} answers 404.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration implements WebMvcConfigurer {

    private static final String FILES = "classpath:/META-INF/resources/console/";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/console", "/console/");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/console/", "/console/**")
                .addResourceLocations(FILES)
                .resourceChain(true)
                .addResolver(new ConsolePageResolver());
    }

    private static final class ConsolePageResolver extends PathResourceResolver {

        @Override
        protected Resource getResource(String resourcePath, Resource location) throws IOException {
            Resource file = super.getResource(resourcePath, location);
            if (file != null || isFileName(resourcePath)) {
                return file;
            }
            return super.getResource("index.html", location);
        }

        /** A missing script or image stays a 404 instead of turning into the page. */
        private static boolean isFileName(String resourcePath) {
            return resourcePath.substring(resourcePath.lastIndexOf('/') + 1).contains(".");
        }
    }
}
