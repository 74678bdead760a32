package com.customerplatform.identity.adapter.out.security;

import com.customerplatform.identity.application.port.out.PasswordHasher;
import com.customerplatform.identity.domain.user.RawPassword;
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

    @Override
    public boolean matches(String candidate, String hash) {
        boolean matches = encoder.matches(candidate, hash == null ? decoyHash : hash);
        return hash != null && matches;
    }
}
