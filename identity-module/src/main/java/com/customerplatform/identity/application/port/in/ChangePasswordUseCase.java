package com.customerplatform.identity.application.port.in;

import com.customerplatform.sharedkernel.actor.Actor;

/** A user changes its own password; every other session of the user is revoked. */
public interface ChangePasswordUseCase {

    void changePassword(Actor actor, String currentPassword, String newPassword);
}
