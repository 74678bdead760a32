package com.customerplatform.identity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Companies and users written straight into their tables, for tests of what comes after
 * registration (sign-in, isolation). Every name is unique, so tests never see each other's data.
 */
public final class TestAccounts {

    public static final String PASSWORD = "correct horse battery";
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);

    private final JdbcTemplate jdbc;

    public TestAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record TestCompany(UUID uuid, String companyId) {}

    public record TestUser(UUID uuid, String username, String email, String companyId) {}

    public TestCompany company(String status) {
        return company("T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT), status);
    }

    /** A company with this key, for configuration that names it before it exists. */
    public TestCompany company(String companyId, String status) {
        UUID uuid = UUID.randomUUID();
        jdbc.update(
                """
                INSERT INTO company.companies (uuid, company_id, name, business_name, document_type, document_number, status)
                VALUES (?, ?, ?, ?, 'NIT', ?, ?)""",
                uuid,
                companyId,
                "Test company " + companyId,
                "Test company " + companyId + " S.A.S.",
                uuid.toString(),
                status);
        return new TestCompany(uuid, companyId);
    }

    public TestUser user(TestCompany company, String role) {
        return user(company, role, true);
    }

    public TestUser user(TestCompany company, String role, boolean active) {
        UUID uuid = UUID.randomUUID();
        String username = "user_" + uuid.toString().substring(0, 12);
        String email = username + "@example.com";
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.update(
                """
                INSERT INTO identity.user_account (uuid, unique_id, username, email, password_hash, first_name, last_name,
                    role, is_active, company_id, date_joined, created_at, updated_at)
                VALUES (?, 'USER-' || nextval('identity.user_unique_id_seq'), ?, ?, ?, 'Test', 'User', ?, ?, ?, ?, ?, ?)""",
                uuid,
                username,
                email,
                BCRYPT.encode(PASSWORD),
                role,
                active,
                company == null ? null : company.companyId(),
                now,
                now,
                now);
        return new TestUser(uuid, username, email, company == null ? null : company.companyId());
    }
}
