package com.customerplatform.identity.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.identity.domain.user.RawPassword;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class BcryptPasswordHasherTest {

    private static final int COST = 4;

    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(COST);

    @Test
    void aPasswordMatchesItsOwnHashOnly() {
        String hash = hasher.hash(RawPassword.of("correct horse battery", "password"));

        assertThat(hasher.matches("correct horse battery", hash)).isTrue();
        assertThat(hasher.matches("correct horse batterY", hash)).isFalse();
    }

    @Test
    void anUnknownUserMatchesNoPassword() {
        assertThat(hasher.matches("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq", null))
                .isFalse();
        assertThat(hasher.matches("", null)).isFalse();
    }

    /** Well-formed, or the encoder would refuse it without hashing; at the cost, or it would be faster. */
    @Test
    void theDecoyIsABcryptHashAtTheConfiguredCost() {
        String decoy = BcryptPasswordHasher.decoyHash(12);

        assertThat(new BCryptPasswordEncoder(12).upgradeEncoding(decoy)).isFalse();
        assertThat(new BCryptPasswordEncoder(13).upgradeEncoding(decoy)).isTrue();
    }

    @Test
    void aCandidateBcryptCannotTakeWholeNeverMatches() {
        String tooLong = "p".repeat(RawPassword.MAX_BYTES + 1);
        String hashOfItsFirst72Bytes = new BCryptPasswordEncoder(COST).encode("p".repeat(RawPassword.MAX_BYTES));

        assertThat(hasher.matches(tooLong, hashOfItsFirst72Bytes)).isFalse();
    }
}
