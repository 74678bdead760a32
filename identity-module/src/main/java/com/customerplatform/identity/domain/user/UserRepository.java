package com.customerplatform.identity.domain.user;

import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of user accounts. */
public interface UserRepository {

    /** By username or email, case-insensitively. */
    Optional<User> findByLogin(String usernameOrEmail);

    /** By email only, case-insensitively. */
    Optional<User> findByEmail(String email);

    Optional<User> findByUuid(UUID uuid);

    Optional<User> findById(long id);

    boolean anyExists();

    /** The next free {@code USER-nnnnnnnn} key. */
    String nextUniqueId();

    User insert(User user);

    void recordLogin(long userId, Instant when);

    void changePasswordHash(long userId, String passwordHash, Instant when);

    Page<User> find(UserQuery query, PageRequest page);

    /** Case-insensitively, leaving out the given user (null for none). */
    boolean usernameTaken(String username, Long exceptUserId);

    boolean emailTaken(String email, Long exceptUserId);

    /** Saves the changed user if nobody changed it since it was read (optimistic locking). */
    User update(User user);

    void delete(long userId);

    boolean anyWithDocumentType(String documentType);

    /** Total and active users per company key, for the given companies. */
    Map<String, Headcount> countByCompany(Collection<String> companyIds);

    record Headcount(long total, long active) {}

    /** Users per role of one company (null: all), and how many joined since the instant. */
    RoleCounts countByRole(String companyId, Instant joinedSince);

    record RoleCounts(Map<Role, Long> byRole, long joinedSince) {}

    /**
     * @param companyId only this company's users ({@code null}: all)
     * @param search case-insensitive substring of username, email, first or last name
     */
    record UserQuery(String companyId, Role role, Boolean active, String search) {}
}
