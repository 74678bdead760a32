package com.customerplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts.TestCompany;
import com.customerplatform.identity.TestAccounts.TestUser;
import com.customerplatform.identity.application.port.out.PasswordHasher;
import com.customerplatform.identity.domain.session.SessionRepository;
import com.customerplatform.identity.domain.user.UserRepository;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.stubbing.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The bcrypt work of a sign-in, a password change, and an administrator's registration or update
 * of an account runs outside any transaction, so none holds a database connection for the length
 * of a hash; what they write is still written in one.
 */
class PasswordTransactionsTest extends PlatformIntegrationTest {

    private static final String NEW_PASSWORD = "another long passphrase";

    @MockitoSpyBean
    PasswordHasher passwords;

    @MockitoSpyBean
    SessionRepository sessions;

    @MockitoSpyBean
    UserRepository users;

    @Autowired
    JdbcTemplate jdbc;

    TestUser user;
    TestUser admin;
    final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        TestAccounts accounts = new TestAccounts(jdbc);
        TestCompany company = accounts.company("active");
        user = accounts.user(company, "viewer");
        admin = accounts.user(company, "admin");
        doAnswer(records("password check")).when(passwords).matches(any(), any());
        doAnswer(records("new password hashed")).when(passwords).hash(any());
        doAnswer(records("session written")).when(sessions).start(any(), any());
        doAnswer(records("hash stored")).when(users).changePasswordHash(anyLong(), any(), any());
        doAnswer(records("account inserted")).when(users).insert(any());
        doAnswer(records("account updated")).when(users).update(any());
    }

    @Test
    void aSuccessfulSignInChecksThePasswordOutsideAndWritesTheSessionInsideATransaction() throws Exception {
        assertThat(signIn(TestAccounts.PASSWORD).statusCode()).isEqualTo(200);

        assertThat(seen)
                .containsExactly("password check in a transaction: false", "session written in a transaction: true");
    }

    @Test
    void aFailedSignInHoldsNoTransactionAndIsStillAudited() throws Exception {
        assertThat(signIn("wrong password").statusCode()).isEqualTo(401);

        assertThat(seen).containsExactly("password check in a transaction: false");
        assertThat(jdbc.queryForObject(
                        "SELECT outcome FROM platform.audit_log WHERE subject_id = ? AND action = 'auth.login'",
                        String.class,
                        user.uuid()))
                .isEqualTo("failure");
    }

    @Test
    void aPasswordChangeHashesOutsideAndStoresTheNewHashInsideATransaction() throws Exception {
        String token = login(user.username(), TestAccounts.PASSWORD);
        seen.clear();

        assertThat(changePassword(token, TestAccounts.PASSWORD).statusCode()).isEqualTo(204);

        assertThat(seen)
                .containsExactly(
                        "password check in a transaction: false",
                        "new password hashed in a transaction: false",
                        "hash stored in a transaction: true");
        assertThat(login(user.username(), NEW_PASSWORD)).isNotBlank();
    }

    @Test
    void aPasswordChangeWithAWrongCurrentPasswordHoldsNoTransactionAndChangesNothing() throws Exception {
        String token = login(user.username(), TestAccounts.PASSWORD);
        seen.clear();

        assertThat(changePassword(token, "not my password").statusCode()).isEqualTo(422);

        assertThat(seen).containsExactly("password check in a transaction: false");
        assertThat(login(user.username(), TestAccounts.PASSWORD)).isNotBlank();
    }

    @Test
    void aRegistrationHashesOutsideAndInsertsTheAccountInsideATransaction() throws Exception {
        String username = "colleague-" + UUID.randomUUID();
        HttpResponse<String> response = registerAsAdmin(username);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(seen)
                .containsExactly(
                        "new password hashed in a transaction: false", "account inserted in a transaction: true");
        assertThat(login(username, NEW_PASSWORD)).isNotBlank();
    }

    @Test
    void aRefusedRegistrationCostsNoHash() throws Exception {
        HttpResponse<String> response = registerAsAdmin(user.username());

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(seen).isEmpty();
    }

    @Test
    void anUpdateOfThePasswordHashesOutsideAndStoresTheAccountInsideATransaction() throws Exception {
        HttpResponse<String> response = updateAsAdmin(Map.of("password", NEW_PASSWORD, "last_name", "Renamed"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(seen)
                .containsExactly(
                        "new password hashed in a transaction: false", "account updated in a transaction: true");
        assertThat(login(user.username(), NEW_PASSWORD)).isNotBlank();
    }

    @Test
    void aRefusedUpdateOfThePasswordCostsNoHashAndChangesNothing() throws Exception {
        HttpResponse<String> response = updateAsAdmin(Map.of("password", NEW_PASSWORD, "email", "not an email"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(seen).isEmpty();
        assertThat(login(user.username(), TestAccounts.PASSWORD)).isNotBlank();
    }

    /** Calls the real method after noting whether it ran inside a transaction. */
    private Answer<Object> records(String call) {
        return invocation -> {
            seen.add(call + " in a transaction: " + TransactionSynchronizationManager.isActualTransactionActive());
            return invocation.callRealMethod();
        };
    }

    private HttpResponse<String> signIn(String password) throws Exception {
        return post(
                "/api/v1/auth/login",
                "application/json",
                json.writeValueAsString(Map.of("username", user.username(), "password", password)));
    }

    /** Signs the company's admin in, forgets what that recorded, and registers an account. */
    private HttpResponse<String> registerAsAdmin(String username) throws Exception {
        String token = login(admin.username(), TestAccounts.PASSWORD);
        seen.clear();
        return postJson(
                "/api/v1/users",
                token,
                Map.of(
                        "username",
                        username,
                        "email",
                        username + "@example.com",
                        "password",
                        NEW_PASSWORD,
                        "role",
                        "viewer"));
    }

    /** Signs the company's admin in, forgets what that recorded, and updates the user. */
    private HttpResponse<String> updateAsAdmin(Map<String, String> changes) throws Exception {
        String token = login(admin.username(), TestAccounts.PASSWORD);
        seen.clear();
        return putJson("/api/v1/users/" + user.uuid(), token, changes);
    }

    private HttpResponse<String> changePassword(String token, String current) throws Exception {
        return postJson(
                "/api/v1/auth/change-password",
                token,
                Map.of("current_password", current, "new_password", NEW_PASSWORD));
    }
}
