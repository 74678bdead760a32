package com.customerplatform.identity.adapter.in.web;

import com.customerplatform.identity.adapter.in.web.oidc.OidcSignIn;
import com.customerplatform.identity.application.port.in.ExternalSignInUseCase;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-in with an external OpenID Connect provider (docs/api.md#external-sign-in): the browser is
 * sent to the provider, comes back to the callback, and gets this platform's tokens exactly as
 * from password sign-in.
 */
@RestController
@RequestMapping("/api/v1/auth/{provider}")
class ExternalSignInController {

    private final OidcSignIn oidc;
    private final ExternalSignInUseCase signIn;
    private final UserWebMapper users;

    ExternalSignInController(OidcSignIn oidc, ExternalSignInUseCase signIn, UserWebMapper users) {
        this.oidc = oidc;
        this.signIn = signIn;
        this.users = users;
    }

    @GetMapping("/login")
    ResponseEntity<Void> login(
            @PathVariable String provider, HttpServletRequest request, HttpServletResponse response) {
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(URI.create(oidc.start(provider, request, response)))
                .build();
    }

    @GetMapping("/callback")
    TokenResponse callback(@PathVariable String provider, HttpServletRequest request, HttpServletResponse response) {
        return TokenResponse.of(
                signIn.signIn(oidc.complete(provider, request, response), request.getRemoteAddr()), users);
    }
}
