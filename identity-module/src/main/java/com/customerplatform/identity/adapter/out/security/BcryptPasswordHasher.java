package com.customerplatform.identity.adapter.out.security;

import com.customerplatform.identity.application.port.out.PasswordHasher;
import com.customerplatform.identity.domain.user.RawPassword;
import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** bcrypt through Spring Security's encoder, at the configured cost. */
public class BcryptPasswordHasher implements PasswordHasher {

    private final BCryptPasswordEncoder encoder;
    /** Compared against when the user does not exist, at the same cost as real hashes. */
    private final String decoyHash;

    public BcryptPasswordHasher(int cost) {
        this.encoder = new BCryptPasswordEncoder(cost);
        this.decoyHash = encoder.encode("decoy password for unknown users");
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
