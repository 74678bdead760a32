package com.customerplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts.TestUser;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Brute force: failures are counted, audited and measured; past the limit sign-in is refused with 429. */
class LoginThrottlingTest extends PlatformIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    TestUser user;

    @BeforeEach
    void setUp() {
        TestAccounts accounts = new TestAccounts(jdbc);
        user = accounts.user(accounts.company("active"), "viewer");
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedUntilTheWindowEnds() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(login("wrong password " + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = login(TestAccounts.PASSWORD);

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(body(locked).get("error_code").asString()).isEqualTo("LOGIN_LOCKED");
        assertThat(locked.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 15 * 60L));
    }

    @Test
    void theEmailAndTheUsernameShareOneCounter() throws Exception {
        for (int i = 0; i < 5; i++) {
            attempt(i % 2 == 0 ? user.username() : user.email(), "wrong password");
        }

        assertThat(login(TestAccounts.PASSWORD).statusCode()).isEqualTo(429);
    }

    @Test
    void aSuccessResetsTheCount() throws Exception {
        for (int i = 0; i < 4; i++) {
            login("wrong password");
        }
        assertThat(login(TestAccounts.PASSWORD).statusCode()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            login("wrong password");
        }

        assertThat(login(TestAccounts.PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void everyAttemptIsAuditedWithoutSecretsAndCounted() throws Exception {
        login("wrong password");
        login(TestAccounts.PASSWORD);

        List<Map<String, Object>> entries = jdbc.queryForList(
                "SELECT action, outcome, actor_id, client_address, trace_id, details::text AS details FROM platform.audit_log WHERE subject_id = ? ORDER BY id",
                user.uuid());
        assertThat(entries).extracting(entry -> entry.get("outcome")).containsExactly("failure", "success");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.get("action")).isEqualTo("auth.login");
            assertThat(entry.get("client_address")).isEqualTo("127.0.0.1");
            assertThat((String) entry.get("trace_id")).isNotBlank();
            assertThat((String) entry.get("details")).doesNotContain("wrong password", TestAccounts.PASSWORD);
        });
        assertThat(entries.get(0).get("actor_id")).isNull();
        assertThat(entries.get(1).get("actor_id")).isEqualTo(user.uuid());

        String metrics = get("/metrics").body();
        assertThat(metrics)
                .contains(
                        "auth_login_total{application=\"customer-platform\",outcome=\"failure\"}",
                        "auth_login_total{application=\"customer-platform\",outcome=\"success\"}");
    }

    private HttpResponse<String> login(String password) throws Exception {
        return attempt(user.username(), password);
    }

    private HttpResponse<String> attempt(String username, String password) throws Exception {
        return post(
                "/api/v1/auth/login",
                "application/json",
                json.writeValueAsString(Map.of("username", username, "password", password)));
    }
}
