package com.customerplatform.platform.security;

import com.customerplatform.identity.IdentityApi;
import com.customerplatform.sharedkernel.actor.Actor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} through the identity module. A request with
 * a token that does not check out is refused at once (401, {@code error="invalid_token"}); a
 * request without one goes on anonymously and the authorization rules decide.
 */
final class BearerTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final IdentityApi identity;
    private final ProblemAuthenticationEntryPoint entryPoint;

    BearerTokenAuthenticationFilter(IdentityApi identity, ProblemAuthenticationEntryPoint entryPoint) {
        this.identity = identity;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Actor> actor =
                identity.authenticate(header.substring(BEARER.length()).strip());
        if (actor.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.rejectInvalidToken(response);
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new ActorAuthentication(actor.get()));
        chain.doFilter(request, response);
    }
}
