package com.customerplatform.platform.security;

import com.customerplatform.identity.IdentityApi;
import com.customerplatform.sharedkernel.actor.Actor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} through the identity module. A request with
 * a token that does not check out is refused at once (401, {@code error="invalid_token"}); one
 * whose revocation cannot be checked is refused as an outage (503); a request without one goes on
 * anonymously and the authorization rules decide.
 */
final class BearerTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BearerTokenAuthenticationFilter.class);
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
        Optional<Actor> actor;
        try {
            actor = identity.authenticate(header.substring(BEARER.length()).strip());
        } catch (DataAccessResourceFailureException | TransientDataAccessException unavailable) {
            log.warn("Cannot check the token's session, refusing the request: {}", unavailable.getMessage());
            entryPoint.rejectUncheckable(response);
            return;
        }
        if (actor.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.rejectInvalidToken(response);
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new ActorAuthentication(actor.get()));
        chain.doFilter(request, response);
    }
}
