package com.customerplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts.TestUser;
import com.customerplatform.identity.application.port.out.PasswordHasher;
import com.customerplatform.identity.domain.session.SessionRepository;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The password check runs outside any transaction, so a sign-in holds no database connection for
 * the length of a bcrypt hash; the new session is still written in one.
 */
class SignInTransactionTest extends PlatformIntegrationTest {

    @MockitoSpyBean
    PasswordHasher passwords;

    @MockitoSpyBean
    SessionRepository sessions;

    @Autowired
    JdbcTemplate jdbc;

    TestUser user;
    final TransactionProbe probe = new TransactionProbe();

    @BeforeEach
    void setUp() {
        TestAccounts accounts = new TestAccounts(jdbc);
        user = accounts.user(accounts.company("active"), "viewer");
        doAnswer(probe.records("password check")).when(passwords).matches(any(), any());
        doAnswer(probe.records("session written")).when(sessions).start(any(), any());
    }

    @Test
    void aSuccessfulSignInChecksThePasswordOutsideAndWritesTheSessionInsideATransaction() throws Exception {
        assertThat(signIn(TestAccounts.PASSWORD).statusCode()).isEqualTo(200);

        assertThat(probe.seen())
                .containsExactly("password check in a transaction: false", "session written in a transaction: true");
    }

    @Test
    void aFailedSignInHoldsNoTransactionAndIsStillAudited() throws Exception {
        assertThat(signIn("wrong password").statusCode()).isEqualTo(401);

        assertThat(probe.seen()).containsExactly("password check in a transaction: false");
        assertThat(jdbc.queryForObject(
                        "SELECT outcome FROM platform.audit_log WHERE subject_id = ? AND action = 'auth.login'",
                        String.class,
                        user.uuid()))
                .isEqualTo("failure");
    }

    private HttpResponse<String> signIn(String password) throws Exception {
        return post(
                "/api/v1/auth/login",
                "application/json",
                json.writeValueAsString(Map.of("username", user.username(), "password", password)));
    }
}
