package com.customerplatform.identity.application.port.in;

import com.customerplatform.identity.domain.user.Role;
import com.customerplatform.identity.domain.user.User;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import com.customerplatform.sharedkernel.patch.FieldChanges;

/**
 * User administration, always on behalf of an {@link Actor}: company users see and change only
 * their company's accounts (others answer 404), a customer only itself, nobody raises its own access.
 */
public interface ManageUsersUseCase {

    Page<User> list(Actor actor, ListUsersQuery query, PageRequest page);

    /** @param reference the numeric id or the uuid */
    User get(Actor actor, String reference);

    User register(Actor actor, RegisterUserCommand command);

    /** @param changes the fields present in the request ({@link UserField}); {@code null} clears a nullable field */
    User update(Actor actor, String reference, FieldChanges changes);

    void delete(Actor actor, String reference);

    /** Lifts a sign-in lock (too many failed attempts) from the account. */
    void unlock(Actor actor, String reference);

    record ListUsersQuery(Role role, String companyId, Boolean active, String search) {}

    record RegisterUserCommand(
            String username,
            String email,
            String password,
            String firstName,
            String lastName,
            String phone,
            String address,
            String documentType,
            String numberDocumentIdentity,
            String companyId,
            String role,
            Boolean isActive,
            Boolean isStaff,
            Boolean isSuperuser) {}
}
