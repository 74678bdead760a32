package com.customerplatform.customer.application.port.out;

import java.util.Optional;
import java.util.UUID;

/** What customer profiles need to know of platform accounts. */
public interface PlatformUsers {

    Optional<PlatformUser> find(UUID userId);

    record PlatformUser(UUID userId, String displayName, String email) {}
}
