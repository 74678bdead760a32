package com.customerplatform.identity.adapter.in.web;

import com.customerplatform.identity.adapter.in.web.oidc.OneTimeValues;
import com.customerplatform.sharedkernel.error.AuthenticationFailedException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tokens of an external sign-in that ends on a front-end page: they wait under a one-time code,
 * which the page finds in its URL fragment and exchanges for them. Tokens never travel in a URL,
 * so they are in no history, log or {@code Referer}.
 */
public class SignInHandOffs {

    static final String INVALID_EXCHANGE_CODE = "INVALID_EXCHANGE_CODE";
    /** Long enough for a page to load and post it, short enough to be useless when found later. */
    static final Duration LIFETIME = Duration.ofSeconds(60);

    private static final String KEY = "hand-off:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OneTimeValues store;
    private final JsonMapper json;

    public SignInHandOffs(OneTimeValues store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    /** @return the code to give the front end */
    String handOff(TokenResponse tokens) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        store.put(KEY + code, json.writeValueAsString(tokens), LIFETIME);
        return code;
    }

    /** Once only, within {@link #LIFETIME}. */
    TokenResponse exchange(String code) {
        return store.take(KEY + code)
                .map(tokens -> json.readValue(tokens, TokenResponse.class))
                .orElseThrow(() -> new AuthenticationFailedException(
                        INVALID_EXCHANGE_CODE, "The code is unknown, was already used or expired; sign in again"));
    }
}
