package com.customerplatform.identity.application.service;

import com.customerplatform.identity.application.port.in.CreateFirstSuperuserUseCase;
import com.customerplatform.identity.application.port.out.PasswordHasher;
import com.customerplatform.identity.domain.user.RawPassword;
import com.customerplatform.identity.domain.user.User;
import com.customerplatform.identity.domain.user.UserRepository;
import java.time.Clock;
import org.springframework.transaction.annotation.Transactional;

public class FirstSuperuserService implements CreateFirstSuperuserUseCase {

    private final UserRepository users;
    private final PasswordHasher passwords;
    private final Clock clock;

    public FirstSuperuserService(UserRepository users, PasswordHasher passwords, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean createFirstSuperuserIfNoUserExists(FirstSuperuserCommand command) {
        if (users.anyExists()) {
            return false;
        }
        RawPassword password = RawPassword.of(command.password(), "BOOTSTRAP_ADMIN_PASSWORD");
        users.insert(User.firstSuperuser(
                users.nextUniqueId(), command.username(), command.email(), passwords.hash(password), clock.instant()));
        return true;
    }
}
