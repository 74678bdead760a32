package com.customerplatform.identity.adapter.in.startup;

import com.customerplatform.identity.application.port.in.CreateFirstSuperuserUseCase;
import com.customerplatform.identity.application.port.in.CreateFirstSuperuserUseCase.FirstSuperuserCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/** At start-up, creates the first superuser from {@code BOOTSTRAP_ADMIN_*} when no user exists. */
public class FirstSuperuserInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstSuperuserInitializer.class);

    private final CreateFirstSuperuserUseCase firstSuperuser;
    private final FirstSuperuserCommand command;

    public FirstSuperuserInitializer(CreateFirstSuperuserUseCase firstSuperuser, FirstSuperuserCommand command) {
        this.firstSuperuser = firstSuperuser;
        this.command = command;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (command.password() == null || command.password().isBlank()) {
            log.info("BOOTSTRAP_ADMIN_PASSWORD is not set: no first superuser is created");
            return;
        }
        if (firstSuperuser.createFirstSuperuserIfNoUserExists(command)) {
            log.warn(
                    "Created the first superuser '{}' from BOOTSTRAP_ADMIN_*; change its password", command.username());
        }
    }
}
