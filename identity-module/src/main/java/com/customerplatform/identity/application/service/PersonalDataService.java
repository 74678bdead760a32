package com.customerplatform.identity.application.service;

import com.customerplatform.identity.application.port.in.PersonalDataUseCase;
import com.customerplatform.identity.application.port.out.CompanyDirectory;
import com.customerplatform.identity.application.port.out.CompanyDirectory.CompanyInfo;
import com.customerplatform.identity.application.port.out.RevokedSessions;
import com.customerplatform.identity.domain.external.ExternalIdentityRepository;
import com.customerplatform.identity.domain.session.SessionRepository;
import com.customerplatform.identity.domain.user.User;
import com.customerplatform.identity.domain.user.UserRepository;
import com.customerplatform.sharedkernel.event.IntegrationEventPublisher;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

public class PersonalDataService implements PersonalDataUseCase {

    private final UserRepository users;
    private final SessionRepository sessions;
    private final ExternalIdentityRepository linkedIdentities;
    private final CompanyDirectory companies;
    private final AccountRemoval removal;

    public PersonalDataService(
            UserRepository users,
            SessionRepository sessions,
            ExternalIdentityRepository linkedIdentities,
            RevokedSessions revokedSessions,
            CompanyDirectory companies,
            IntegrationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.linkedIdentities = linkedIdentities;
        this.companies = companies;
        this.removal = new AccountRemoval(users, sessions, revokedSessions, events, clock);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> companyOf(UUID userUuid) {
        return users.findByUuid(userUuid)
                .flatMap(user -> companies.find(user.companyId()))
                .map(CompanyInfo::uuid);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> find(UUID userUuid) {
        return users.findByUuid(userUuid)
                .map(user -> new Account(
                        user,
                        companies.find(user.companyId()).map(CompanyInfo::uuid).orElse(null),
                        sessions.findByUser(user.id()),
                        linkedIdentities.findByUser(user.id())));
    }

    @Override
    @Transactional
    public int erase(UUID userUuid) {
        Optional<User> user = users.findByUuid(userUuid);
        if (user.isEmpty()) {
            return 0;
        }
        int sessionCount = sessions.findByUser(user.get().id()).size();
        int linkCount = linkedIdentities.findByUser(user.get().id()).size();
        removal.remove(user.get());
        return 1 + sessionCount + linkCount;
    }
}
