package com.customerplatform.identity.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.identity.domain.user.User;
import com.customerplatform.sharedkernel.test.TestServices;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.liquibase.change-log=classpath:db/changelog/identity-test-master.yaml")
@ActiveProfiles("test-services")
@Transactional
class JooqUserRepositoryTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(TestServices.class)
    static class PersistenceTestApplication {}

    @Autowired
    DSLContext dsl;

    JooqUserRepository users() {
        return new JooqUserRepository(dsl);
    }

    @Test
    void insertsAndFindsAUserByUsernameOrEmailInAnyCase() {
        String name = "Repo_" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        User saved =
                users().insert(User.firstSuperuser(users().nextUniqueId(), name, name + "@Example.com", "hash", now));

        assertThat(saved.id()).isPositive();
        assertThat(saved.uniqueId()).matches("USER-\\d{8}");
        assertThat(users().findByLogin(name.toUpperCase(Locale.ROOT))).contains(saved);
        assertThat(users().findByLogin(name.toLowerCase(Locale.ROOT) + "@example.COM"))
                .contains(saved);
        assertThat(users().findByUuid(saved.uuid())).contains(saved);
        assertThat(users().findByLogin("  ")).isEmpty();
    }

    @Test
    void uniqueIdsAreEightDigitsAndNeverRepeat() {
        String first = users().nextUniqueId();
        String second = users().nextUniqueId();

        assertThat(first).matches("USER-\\d{8}");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void recordsTheLastLogin() {
        String name = "login_" + UUID.randomUUID().toString().substring(0, 8);
        User saved = users().insert(User.firstSuperuser(
                users().nextUniqueId(), name, name + "@example.com", "hash", Instant.now()));
        Instant when = Instant.parse("2026-11-23T09:00:00Z");

        users().recordLogin(saved.id(), when);

        assertThat(users().findByUuid(saved.uuid()).orElseThrow().lastLogin()).isEqualTo(when);
    }
}
