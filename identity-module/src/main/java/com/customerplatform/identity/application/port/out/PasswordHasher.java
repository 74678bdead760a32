package com.customerplatform.identity.application.port.out;

import com.customerplatform.identity.domain.user.RawPassword;

public interface PasswordHasher {

    String hash(RawPassword password);

    /**
     * Whether {@code candidate} matches {@code hash}. With a {@code null} hash (no such user) it
     * still spends the time of a real comparison and answers false, so response times do not tell
     * which accounts exist.
     */
    boolean matches(String candidate, String hash);
}
