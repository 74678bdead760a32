package com.customerplatform.identity.adapter.out.security;

import com.customerplatform.identity.application.port.out.PasswordHasher;
import com.customerplatform.identity.domain.user.RawPassword;
import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** bcrypt through Spring Security's encoder, at the configured cost. */
public class BcryptPasswordHasher implements PasswordHasher {

    /** A salt and digest in bcrypt's alphabet that no password was hashed to. */
    private static final String DECOY_SALT_AND_DIGEST = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq";

    private final BCryptPasswordEncoder encoder;
    /** Compared against when the user does not exist, at the same cost as real hashes. */
    private final String decoyHash;

    public BcryptPasswordHasher(int cost) {
        this.encoder = new BCryptPasswordEncoder(cost);
        this.decoyHash = decoyHash(cost);
    }

    /**
     * bcrypt takes its cost from the hash it checks against, so any well-formed hash at the
     * configured cost makes an unknown user's check as slow as a known one's. Hashing a decoy
     * password instead cost a whole bcrypt round at start-up (a third of a second at cost 12).
     */
    static String decoyHash(int cost) {
        return "$2a$%02d$%s".formatted(cost, DECOY_SALT_AND_DIGEST);
    }

    @Override
    public String hash(RawPassword password) {
        return encoder.encode(password.value());
    }

    /** Candidates bcrypt cannot take whole (over 72 bytes) never match, after the same work. */
    @Override
    public boolean matches(String candidate, String hash) {
        boolean hashable =
                candidate != null && candidate.getBytes(StandardCharsets.UTF_8).length <= RawPassword.MAX_BYTES;
        boolean matches = encoder.matches(hashable ? candidate : "", hash == null ? decoyHash : hash);
        return hashable && hash != null && matches;
    }
}
