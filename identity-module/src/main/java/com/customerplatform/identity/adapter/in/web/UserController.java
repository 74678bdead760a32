package com.customerplatform.identity.adapter.in.web;

import com.customerplatform.identity.application.port.in.ManageUsersUseCase;
import com.customerplatform.identity.application.port.in.ManageUsersUseCase.ListUsersQuery;
import com.customerplatform.identity.application.port.in.ManageUsersUseCase.RegisterUserCommand;
import com.customerplatform.identity.application.port.in.UserField;
import com.customerplatform.identity.domain.user.AccountRules;
import com.customerplatform.identity.domain.user.Role;
import com.customerplatform.identity.domain.user.User;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.actor.Permission;
import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import com.customerplatform.sharedkernel.patch.FieldChanges;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Seed 000's user endpoints. */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

    private final ManageUsersUseCase users;
    private final UserWebMapper mapper;

    UserController(ManageUsersUseCase users, UserWebMapper mapper) {
        this.users = users;
        this.mapper = mapper;
    }

    record UserListItem(
            Long id,
            UUID uuid,
            String username,
            String firstName,
            String lastName,
            String email,
            String role,
            boolean isActive,
            String companyId) {}

    record UserListResponse(
            List<UserListItem> users, long total, int limit, int offset, boolean hasNext, boolean hasPrevious) {}

    record RoleResponse(String name, String code, List<String> permissions) {}

    record RolesResponse(List<RoleResponse> roles) {}

    record CreateUserRequest(
            String username,
            String email,
            String password,
            String firstName,
            String lastName,
            String phone,
            String address,
            String numberDocumentIdentity,
            String documentType,
            String companyId,
            String role,
            Boolean isActive,
            Boolean isStaff,
            Boolean isSuperuser) {}

    @GetMapping("/roles")
    RolesResponse roles() {
        return new RolesResponse(Arrays.stream(Role.values())
                .map(role -> new RoleResponse(
                        role.displayName(),
                        role.code(),
                        role.permissions().stream().map(Permission::toString).toList()))
                .toList());
    }

    @GetMapping
    UserListResponse list(
            Actor actor,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset,
            @RequestParam(required = false) String role,
            @RequestParam(name = "company_id", required = false) String companyId,
            @RequestParam(name = "is_active", required = false) Boolean isActive,
            @RequestParam(required = false) String search) {
        Page<User> page = users.list(
                actor,
                new ListUsersQuery(role == null ? null : AccountRules.role(role), companyId, isActive, search),
                PageRequest.of(limit, offset));
        return new UserListResponse(
                page.items().stream().map(this::listItem).toList(),
                page.total(),
                page.request().limit(),
                page.request().offset(),
                page.hasNext(),
                page.hasPrevious());
    }

    @GetMapping("/{userId}")
    UserResponse get(Actor actor, @PathVariable String userId) {
        return mapper.toResponse(users.get(actor, userId));
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<UserResponse> create(Actor actor, @RequestBody CreateUserRequest request) {
        User user = users.register(
                actor,
                new RegisterUserCommand(
                        request.username(),
                        request.email(),
                        request.password(),
                        request.firstName(),
                        request.lastName(),
                        request.phone(),
                        request.address(),
                        request.documentType(),
                        request.numberDocumentIdentity(),
                        request.companyId(),
                        request.role(),
                        request.isActive(),
                        request.isStaff(),
                        request.isSuperuser()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(mapper.toResponse(user));
    }

    /** Partial update: absent fields stay, {@code null} clears a nullable field, unknown fields are refused. */
    @PutMapping(path = "/{userId}", consumes = "application/json")
    UserResponse update(Actor actor, @PathVariable String userId, @RequestBody Map<String, Object> body) {
        return mapper.toResponse(
                users.update(actor, userId, FieldChanges.of(body, UserField.JSON_NAMES, UserField.ALIASES)));
    }

    @DeleteMapping("/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable String userId) {
        users.delete(actor, userId);
    }

    @PostMapping("/{userId}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(Actor actor, @PathVariable String userId) {
        users.unlock(actor, userId);
    }

    private UserListItem listItem(User user) {
        return new UserListItem(
                user.id(),
                user.uuid(),
                user.username(),
                user.firstName(),
                user.lastName(),
                user.email(),
                user.role().code(),
                user.active(),
                user.companyId());
    }
}
