package com.customerplatform.identity.adapter.in.web;

import com.customerplatform.identity.application.port.in.GetVerificationKeysUseCase;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON Web Key Set other services verify our access tokens with, without calling us. */
@RestController
class JwksController {

    private final GetVerificationKeysUseCase keys;

    JwksController(GetVerificationKeysUseCase keys) {
        this.keys = keys;
    }

    @GetMapping(
            path = "/.well-known/jwks.json",
            produces = {"application/jwk-set+json", "application/json"})
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic())
                .body(Map.of("keys", keys.verificationKeys()));
    }
}
