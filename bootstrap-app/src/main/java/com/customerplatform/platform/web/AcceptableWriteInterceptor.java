package com.customerplatform.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A write whose client accepts no JSON is refused with 406 before it runs. Spring MVC negotiates
 * the response only after the handler returned: the change would be made and only its answer
 * refused, and a client that retries would make it twice. Reads are left to Spring (they change
 * nothing, and some answer with images or ZIP files).
 */
@Component
class AcceptableWriteInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        if (READS.contains(request.getMethod())
                || request.getDispatcherType() != DispatcherType.REQUEST
                || !(handler instanceof HandlerMethod method)
                || method.isVoid()) {
            return true;
        }
        if (!acceptsJson(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)))) {
            throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON));
        }
        return true;
    }

    private static boolean acceptsJson(List<String> acceptHeaders) {
        if (acceptHeaders.isEmpty()) {
            return true;
        }
        try {
            List<MediaType> accepted = MediaType.parseMediaTypes(acceptHeaders);
            return accepted.isEmpty()
                    || accepted.stream()
                            .anyMatch(type ->
                                    type.getQualityValue() > 0 && type.isCompatibleWith(MediaType.APPLICATION_JSON));
        } catch (IllegalArgumentException unreadable) {
            // InvalidMediaTypeException among them: an Accept header that cannot be read accepts nothing known.
            return false;
        }
    }
}
