package com.customerplatform.identity.application.port.in;

import com.customerplatform.identity.domain.user.User;
import com.customerplatform.sharedkernel.actor.Actor;

public interface GetCurrentUserUseCase {

    User currentUser(Actor actor);
}
