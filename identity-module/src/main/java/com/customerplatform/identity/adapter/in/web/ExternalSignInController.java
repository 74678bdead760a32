package com.customerplatform.identity.adapter.in.web;

import com.customerplatform.identity.adapter.in.web.oidc.OidcSignIn;
import com.customerplatform.identity.adapter.in.web.oidc.OidcSignIn.Resumed;
import com.customerplatform.identity.application.port.in.ExternalSignInUseCase;
import com.customerplatform.sharedkernel.error.DomainException;
import com.customerplatform.sharedkernel.error.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-in with an external OpenID Connect provider (docs/api.md#external-sign-in): the browser is
 * sent to the provider and comes back to the callback, which answers with this platform's tokens
 * exactly as password sign-in does, or, for a sign-in started with {@code return_to}, sends the
 * browser on to that front-end page with a one-time code to exchange for them.
 */
@RestController
@RequestMapping("/api/v1/auth")
class ExternalSignInController {

    private final OidcSignIn oidc;
    private final ExternalSignInUseCase signIn;
    private final SignInHandOffs handOffs;
    private final UserWebMapper users;

    ExternalSignInController(
            OidcSignIn oidc, ExternalSignInUseCase signIn, SignInHandOffs handOffs, UserWebMapper users) {
        this.oidc = oidc;
        this.signIn = signIn;
        this.handOffs = handOffs;
        this.users = users;
    }

    record ExchangeRequest(String code) {}

    @GetMapping("/{provider}/login")
    ResponseEntity<Void> login(
            @PathVariable String provider,
            @RequestParam(name = "return_to", required = false) String returnTo,
            HttpServletRequest request,
            HttpServletResponse response) {
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(URI.create(oidc.start(provider, returnTo, request, response)))
                .build();
    }

    /**
     * A front-end page learns the outcome from its URL fragment: {@code #code=…} to exchange, or
     * {@code #error=<error_code>} when the sign-in was refused (the person cancelled at the
     * provider, the answer did not verify, the person may not sign in here). A callback this browser
     * did not start answers with a problem: it cannot be trusted to name a page.
     */
    @GetMapping("/{provider}/callback")
    ResponseEntity<TokenResponse> callback(
            @PathVariable String provider, HttpServletRequest request, HttpServletResponse response) {
        Resumed resumed = oidc.resume(provider, request, response);
        if (resumed.returnTo() == null) {
            return ResponseEntity.ok(tokens(resumed, request));
        }
        String outcome;
        try {
            outcome = "code=" + handOffs.handOff(tokens(resumed, request));
        } catch (DomainException refused) {
            outcome = "error=" + refused.errorCode();
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(resumed.returnTo() + "#" + outcome))
                .build();
    }

    @PostMapping(path = "/exchange", consumes = "application/json")
    TokenResponse exchange(@RequestBody ExchangeRequest request) {
        if (request.code() == null || request.code().isBlank()) {
            throw InvalidInputException.of("code", "is required");
        }
        return handOffs.exchange(request.code());
    }

    private TokenResponse tokens(Resumed resumed, HttpServletRequest request) {
        return TokenResponse.of(signIn.signIn(oidc.verify(resumed, request), request.getRemoteAddr()), users);
    }
}
