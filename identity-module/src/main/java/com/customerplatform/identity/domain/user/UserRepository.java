package com.customerplatform.identity.domain.user;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of user accounts. */
public interface UserRepository {

    /** By username or email, case-insensitively. */
    Optional<User> findByLogin(String usernameOrEmail);

    Optional<User> findByUuid(UUID uuid);

    Optional<User> findById(long id);

    boolean anyExists();

    /** The next free {@code USER-nnnnnnnn} key. */
    String nextUniqueId();

    User insert(User user);

    void recordLogin(long userId, Instant when);

    void changePasswordHash(long userId, String passwordHash, Instant when);
}
