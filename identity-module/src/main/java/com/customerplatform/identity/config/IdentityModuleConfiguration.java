package com.customerplatform.identity.config;

import com.customerplatform.company.CompanyApi;
import com.customerplatform.identity.adapter.in.company.CompanyUserStatisticsAdapter;
import com.customerplatform.identity.adapter.in.event.CompanyStatusListener;
import com.customerplatform.identity.adapter.in.gdpr.IdentityPersonalData;
import com.customerplatform.identity.adapter.in.startup.FirstSuperuserInitializer;
import com.customerplatform.identity.adapter.out.company.CompanyDirectoryAdapter;
import com.customerplatform.identity.adapter.out.monitoring.MicrometerLoginMetrics;
import com.customerplatform.identity.adapter.out.persistence.JooqSessionRepository;
import com.customerplatform.identity.adapter.out.persistence.JooqUserRepository;
import com.customerplatform.identity.adapter.out.revocation.InProcessRevokedSessions;
import com.customerplatform.identity.adapter.out.revocation.RedisRevokedSessions;
import com.customerplatform.identity.adapter.out.security.BcryptPasswordHasher;
import com.customerplatform.identity.adapter.out.security.CachingAccessTokens;
import com.customerplatform.identity.adapter.out.security.InProcessLoginThrottle;
import com.customerplatform.identity.adapter.out.security.JjwtAccessTokens;
import com.customerplatform.identity.adapter.out.security.RedisLoginThrottle;
import com.customerplatform.identity.adapter.out.security.SigningKeys;
import com.customerplatform.identity.application.port.in.CreateFirstSuperuserUseCase.FirstSuperuserCommand;
import com.customerplatform.identity.application.port.out.AccessTokens;
import com.customerplatform.identity.application.port.out.CompanyDirectory;
import com.customerplatform.identity.application.port.out.DocumentCatalogue;
import com.customerplatform.identity.application.port.out.LoginMetrics;
import com.customerplatform.identity.application.port.out.LoginThrottle;
import com.customerplatform.identity.application.port.out.PasswordHasher;
import com.customerplatform.identity.application.port.out.RevokedSessions;
import com.customerplatform.identity.application.service.AuthenticationService;
import com.customerplatform.identity.application.service.FirstSuperuserService;
import com.customerplatform.identity.application.service.PersonalDataService;
import com.customerplatform.identity.application.service.SessionService;
import com.customerplatform.identity.application.service.SessionTokens;
import com.customerplatform.identity.application.service.UserManagementService;
import com.customerplatform.identity.application.service.UserStatisticsService;
import com.customerplatform.identity.domain.session.SessionRepository;
import com.customerplatform.identity.domain.user.UserRepository;
import com.customerplatform.sharedkernel.audit.AuditLog;
import com.customerplatform.sharedkernel.event.IntegrationEventPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Wires the identity module's hexagon. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentityModuleConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdentityModuleConfiguration.class);

    /** About 1.5 KiB each: a few MiB for the tokens in use on one instance at a time. */
    private static final int VERIFIED_TOKENS_REMEMBERED = 4_096;

    @Bean
    UserRepository userRepository(DSLContext dsl) {
        return new JooqUserRepository(dsl);
    }

    @Bean
    SessionRepository sessionRepository(DSLContext dsl) {
        return new JooqSessionRepository(dsl);
    }

    @Bean
    PasswordHasher passwordHasher(IdentityProperties properties) {
        return new BcryptPasswordHasher(properties.bcryptCost());
    }

    /** Both the company directory and the document catalogue, read through CompanyApi. */
    @Bean
    CompanyDirectoryAdapter companyDirectory(CompanyApi companies) {
        return new CompanyDirectoryAdapter(companies);
    }

    @Bean
    SigningKeys signingKeys(IdentityProperties properties) {
        IdentityProperties.Jwt jwt = properties.jwt();
        if (jwt.signingKey() == null || jwt.signingKey().isBlank()) {
            SigningKeys generated = SigningKeys.generated();
            log.warn(
                    "No IDENTITY_JWT_SIGNING_KEY configured: generated signing key {} for this process only; "
                            + "tokens will not survive a restart nor be accepted by other instances",
                    generated.current().id());
            return generated;
        }
        return SigningKeys.fromPem(jwt.signingKeyId(), jwt.signingKey(), jwt.previousPublicKeys());
    }

    @Bean
    AccessTokens accessTokens(SigningKeys keys, IdentityProperties properties, Clock clock) {
        IdentityProperties.Jwt jwt = properties.jwt();
        return new CachingAccessTokens(
                new JjwtAccessTokens(
                        keys, jwt.issuer(), jwt.audience(), jwt.accessTokenLifetime(), jwt.clockSkew(), clock),
                clock,
                VERIFIED_TOKENS_REMEMBERED,
                jwt.accessTokenLifetime().plus(jwt.clockSkew()));
    }

    /** Kept as long as a revoked session's access tokens could still be presented. */
    private static Duration revocationRetention(IdentityProperties properties) {
        return properties.jwt().accessTokenLifetime().plus(properties.jwt().clockSkew());
    }

    @Bean
    @ConditionalOnProperty(name = "platform.redis.mode", havingValue = "REDIS")
    RevokedSessions redisRevokedSessions(StringRedisTemplate redis, IdentityProperties properties) {
        return new RedisRevokedSessions(redis, revocationRetention(properties));
    }

    @Bean
    @ConditionalOnMissingBean(RevokedSessions.class)
    RevokedSessions inProcessRevokedSessions(IdentityProperties properties, Clock clock) {
        return new InProcessRevokedSessions(revocationRetention(properties), clock);
    }

    @Bean
    @ConditionalOnProperty(name = "platform.redis.mode", havingValue = "REDIS")
    LoginThrottle redisLoginThrottle(StringRedisTemplate redis, IdentityProperties properties) {
        return new RedisLoginThrottle(redis, properties.loginThrottle());
    }

    @Bean
    @ConditionalOnMissingBean(LoginThrottle.class)
    LoginThrottle inProcessLoginThrottle(IdentityProperties properties, Clock clock) {
        return new InProcessLoginThrottle(properties.loginThrottle(), clock);
    }

    @Bean
    LoginMetrics loginMetrics(MeterRegistry registry) {
        return new MicrometerLoginMetrics(registry);
    }

    @Bean
    SessionTokens sessionTokens(AccessTokens accessTokens, CompanyDirectory companies) {
        return new SessionTokens(accessTokens, companies);
    }

    @Bean
    AuthenticationService authenticationService(
            UserRepository users,
            SessionRepository sessions,
            PasswordHasher passwords,
            AccessTokens accessTokens,
            SessionTokens sessionTokens,
            RevokedSessions revokedSessions,
            LoginThrottle throttle,
            LoginMetrics metrics,
            AuditLog audit,
            Clock clock,
            IdentityProperties properties) {
        return new AuthenticationService(
                users,
                sessions,
                passwords,
                accessTokens,
                sessionTokens,
                revokedSessions,
                throttle,
                metrics,
                audit,
                clock,
                properties.sessionLifetime());
    }

    @Bean
    SessionService sessionService(
            SessionRepository sessions,
            UserRepository users,
            PasswordHasher passwords,
            SessionTokens sessionTokens,
            RevokedSessions revokedSessions,
            Clock clock) {
        return new SessionService(sessions, users, passwords, sessionTokens, revokedSessions, clock);
    }

    @Bean
    UserManagementService userManagementService(
            UserRepository users,
            SessionRepository sessions,
            RevokedSessions revokedSessions,
            PasswordHasher passwords,
            CompanyDirectory companies,
            DocumentCatalogue documents,
            LoginThrottle throttle,
            IntegrationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        return new UserManagementService(
                users, sessions, revokedSessions, passwords, companies, documents, throttle, events, audit, clock);
    }

    @Bean
    CompanyStatusListener companyStatusListener(SessionService sessions) {
        return new CompanyStatusListener(sessions);
    }

    /** Answers both of the company module's ports about users. */
    @Bean
    CompanyUserStatisticsAdapter companyUserStatistics(UserRepository users) {
        return new CompanyUserStatisticsAdapter(new UserStatisticsService(users));
    }

    @Bean
    PersonalDataService personalDataService(
            UserRepository users,
            SessionRepository sessions,
            RevokedSessions revokedSessions,
            CompanyDirectory companies,
            IntegrationEventPublisher events,
            Clock clock) {
        return new PersonalDataService(users, sessions, revokedSessions, companies, events, clock);
    }

    /** Identity's share of GDPR export and erasure, and the authority on a subject's company. */
    @Bean
    @Order(200)
    IdentityPersonalData identityPersonalData(PersonalDataService personalData) {
        return new IdentityPersonalData(personalData);
    }

    @Bean
    FirstSuperuserService firstSuperuserService(UserRepository users, PasswordHasher passwords, Clock clock) {
        return new FirstSuperuserService(users, passwords, clock);
    }

    @Bean
    FirstSuperuserInitializer firstSuperuserInitializer(
            FirstSuperuserService firstSuperuser, IdentityProperties properties) {
        IdentityProperties.BootstrapAdmin admin = properties.bootstrapAdmin();
        return new FirstSuperuserInitializer(
                firstSuperuser, new FirstSuperuserCommand(admin.username(), admin.email(), admin.password()));
    }
}
