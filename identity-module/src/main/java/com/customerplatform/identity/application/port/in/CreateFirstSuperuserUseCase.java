package com.customerplatform.identity.application.port.in;

/** Makes a fresh installation usable: the first platform operator, from configuration. */
public interface CreateFirstSuperuserUseCase {

    /** @return whether a superuser was created (false when any user already exists) */
    boolean createFirstSuperuserIfNoUserExists(FirstSuperuserCommand command);

    record FirstSuperuserCommand(String username, String email, String password) {}
}
