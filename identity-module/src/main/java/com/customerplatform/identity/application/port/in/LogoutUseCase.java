package com.customerplatform.identity.application.port.in;

import com.customerplatform.sharedkernel.actor.Actor;

/** Ends the caller's session: its refresh token and its access tokens stop working at once. */
public interface LogoutUseCase {

    void logout(Actor actor);
}
