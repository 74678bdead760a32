package com.customerplatform.identity.adapter.in.web;

import com.customerplatform.identity.application.port.in.ChangePasswordUseCase;
import com.customerplatform.identity.application.port.in.GetCurrentUserUseCase;
import com.customerplatform.identity.application.port.in.LinkedIdentitiesUseCase;
import com.customerplatform.identity.application.port.in.LoginUseCase;
import com.customerplatform.identity.application.port.in.LoginUseCase.LoginCommand;
import com.customerplatform.identity.application.port.in.LoginUseCase.SignedIn;
import com.customerplatform.identity.application.port.in.LogoutUseCase;
import com.customerplatform.identity.application.port.in.RefreshSessionUseCase;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.error.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    private final LoginUseCase login;
    private final RefreshSessionUseCase refresh;
    private final LogoutUseCase logout;
    private final ChangePasswordUseCase changePassword;
    private final GetCurrentUserUseCase currentUser;
    private final LinkedIdentitiesUseCase linkedIdentities;
    private final UserWebMapper users;

    AuthController(
            LoginUseCase login,
            RefreshSessionUseCase refresh,
            LogoutUseCase logout,
            ChangePasswordUseCase changePassword,
            GetCurrentUserUseCase currentUser,
            LinkedIdentitiesUseCase linkedIdentities,
            UserWebMapper users) {
        this.login = login;
        this.refresh = refresh;
        this.logout = logout;
        this.changePassword = changePassword;
        this.currentUser = currentUser;
        this.linkedIdentities = linkedIdentities;
        this.users = users;
    }

    /** {@code username} may be the email; the original client's {@code username_or_email} works too. */
    record LoginRequest(String username, String usernameOrEmail, String password) {

        String login() {
            return username != null ? username : usernameOrEmail;
        }
    }

    record RefreshRequest(String refreshToken) {}

    record ChangePasswordRequest(String currentPassword, String newPassword) {}

    @PostMapping(path = "/login", consumes = "application/json")
    TokenResponse login(@RequestBody LoginRequest request, HttpServletRequest http) {
        if (request.login() == null || request.login().isBlank()) {
            throw InvalidInputException.of("username", "is required");
        }
        if (request.password() == null || request.password().isEmpty()) {
            throw InvalidInputException.of("password", "is required");
        }
        return tokens(login.login(new LoginCommand(request.login(), request.password(), http.getRemoteAddr())));
    }

    @PostMapping(path = "/refresh", consumes = "application/json")
    TokenResponse refresh(@RequestBody RefreshRequest request) {
        if (request.refreshToken() == null || request.refreshToken().isBlank()) {
            throw InvalidInputException.of("refresh_token", "is required");
        }
        return tokens(refresh.refresh(request.refreshToken()));
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(Actor actor) {
        logout.logout(actor);
    }

    @PostMapping(path = "/change-password", consumes = "application/json")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(Actor actor, @RequestBody ChangePasswordRequest request) {
        changePassword.changePassword(actor, request.currentPassword(), request.newPassword());
    }

    private TokenResponse tokens(SignedIn signedIn) {
        return TokenResponse.of(signedIn, users);
    }

    /** The user with its links to external providers, which only the user sees. */
    record CurrentUserResponse(@JsonUnwrapped UserResponse user, List<LinkedIdentityResponse> linkedIdentities) {}

    record LinkedIdentityResponse(String provider, String email, Instant linkedAt, Instant lastSignInAt) {}

    @GetMapping("/me")
    CurrentUserResponse me(Actor actor) {
        return new CurrentUserResponse(
                users.toResponse(currentUser.currentUser(actor)),
                linkedIdentities.linkedIdentities(actor).stream()
                        .map(link -> new LinkedIdentityResponse(
                                link.provider(), link.email(), link.linkedAt(), link.lastSignInAt()))
                        .toList());
    }

    @DeleteMapping("/me/identities/{provider}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlink(Actor actor, @PathVariable String provider) {
        linkedIdentities.unlink(actor, provider);
    }
}
