package com.customerplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts.TestUser;
import com.customerplatform.identity.application.port.out.PasswordHasher;
import com.customerplatform.identity.domain.user.UserRepository;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A password change checks the current password and hashes the new one outside any transaction,
 * so it holds no database connection for two bcrypt runs; the new hash is still stored in one.
 */
class PasswordChangeTransactionTest extends PlatformIntegrationTest {

    private static final String NEW_PASSWORD = "another long passphrase";

    @MockitoSpyBean
    PasswordHasher passwords;

    @MockitoSpyBean
    UserRepository users;

    @Autowired
    JdbcTemplate jdbc;

    TestUser user;
    final TransactionProbe probe = new TransactionProbe();

    @BeforeEach
    void setUp() {
        TestAccounts accounts = new TestAccounts(jdbc);
        user = accounts.user(accounts.company("active"), "viewer");
        doAnswer(probe.records("password checked")).when(passwords).matches(any(), any());
        doAnswer(probe.records("new password hashed")).when(passwords).hash(any());
        doAnswer(probe.records("hash stored")).when(users).changePasswordHash(anyLong(), any(), any());
    }

    @Test
    void theBcryptWorkRunsOutsideAndTheNewHashIsStoredInsideATransaction() throws Exception {
        String token = login(user.username(), TestAccounts.PASSWORD);
        probe.clear();

        assertThat(changePassword(token, TestAccounts.PASSWORD).statusCode()).isEqualTo(204);

        assertThat(probe.seen())
                .containsExactly(
                        "password checked in a transaction: false",
                        "new password hashed in a transaction: false",
                        "hash stored in a transaction: true");
        assertThat(login(user.username(), NEW_PASSWORD)).isNotBlank();
    }

    @Test
    void aWrongCurrentPasswordHoldsNoTransactionAndChangesNothing() throws Exception {
        String token = login(user.username(), TestAccounts.PASSWORD);
        probe.clear();

        assertThat(changePassword(token, "not my password").statusCode()).isEqualTo(422);

        assertThat(probe.seen()).containsExactly("password checked in a transaction: false");
        assertThat(login(user.username(), TestAccounts.PASSWORD)).isNotBlank();
    }

    private HttpResponse<String> changePassword(String token, String current) throws Exception {
        return postJson(
                "/api/v1/auth/change-password",
                token,
                Map.of("current_password", current, "new_password", NEW_PASSWORD));
    }
}
