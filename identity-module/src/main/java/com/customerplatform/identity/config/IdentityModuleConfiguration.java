package com.customerplatform.identity.config;

import com.customerplatform.company.CompanyApi;
import com.customerplatform.identity.adapter.in.company.CompanyUserStatisticsAdapter;
import com.customerplatform.identity.adapter.in.event.CompanyStatusListener;
import com.customerplatform.identity.adapter.in.gdpr.IdentityPersonalData;
import com.customerplatform.identity.adapter.in.startup.FirstSuperuserInitializer;
import com.customerplatform.identity.adapter.in.web.SignInHandOffs;
import com.customerplatform.identity.adapter.in.web.oidc.InProcessOneTimeValues;
import com.customerplatform.identity.adapter.in.web.oidc.OidcProviders;
import com.customerplatform.identity.adapter.in.web.oidc.OidcSignIn;
import com.customerplatform.identity.adapter.in.web.oidc.OneTimeValues;
import com.customerplatform.identity.adapter.in.web.oidc.PendingAuthorizations;
import com.customerplatform.identity.adapter.in.web.oidc.RedisOneTimeValues;
import com.customerplatform.identity.adapter.out.company.CompanyDirectoryAdapter;
import com.customerplatform.identity.adapter.out.monitoring.MicrometerLoginMetrics;
import com.customerplatform.identity.adapter.out.persistence.JooqExternalIdentityRepository;
import com.customerplatform.identity.adapter.out.persistence.JooqSessionRepository;
import com.customerplatform.identity.adapter.out.persistence.JooqUserRepository;
import com.customerplatform.identity.adapter.out.revocation.InProcessRevokedSessions;
import com.customerplatform.identity.adapter.out.revocation.RedisRevokedSessions;
import com.customerplatform.identity.adapter.out.revocation.TrackedRevokedSessions;
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
import com.customerplatform.identity.application.service.ExternalSignInService;
import com.customerplatform.identity.application.service.FirstSuperuserService;
import com.customerplatform.identity.application.service.PasswordChanges;
import com.customerplatform.identity.application.service.PersonalDataService;
import com.customerplatform.identity.application.service.SessionService;
import com.customerplatform.identity.application.service.SessionTokens;
import com.customerplatform.identity.application.service.SignIns;
import com.customerplatform.identity.application.service.Transactions;
import com.customerplatform.identity.application.service.UserManagementService;
import com.customerplatform.identity.application.service.UserStatisticsService;
import com.customerplatform.identity.domain.external.ExternalIdentityRepository;
import com.customerplatform.identity.domain.external.ProviderPolicy;
import com.customerplatform.identity.domain.session.SessionRepository;
import com.customerplatform.identity.domain.user.UserRepository;
import com.customerplatform.sharedkernel.audit.AuditLog;
import com.customerplatform.sharedkernel.event.IntegrationEventPublisher;
import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

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

    /** Checked on every request: answered from memory while Redis reports every revocation (ADR 0007). */
    @Bean
    RevokedSessions revokedSessions(
            Environment environment,
            ObjectProvider<StringRedisTemplate> redis,
            ObjectProvider<LettuceConnectionFactory> redisConnections,
            IdentityProperties properties,
            Clock clock) {
        if (!sharedThroughRedis(environment)) {
            return new InProcessRevokedSessions(revocationRetention(properties), clock);
        }
        LettuceConnectionFactory connections = redisConnections.getObject();
        RedisRevokedSessions shared = new RedisRevokedSessions(redis.getObject(), revocationRetention(properties));
        // A replica's answer may predate a push from the master; a cluster's keys live on several nodes.
        if (properties.revocationMaxDelay().isZero()
                || connections.isClusterAware()
                || connections.getClientConfiguration().getReadFrom().isPresent()) {
            return shared;
        }
        TrackedRevokedSessions tracked = new TrackedRevokedSessions(
                shared,
                (RedisClient) connections.getNativeClient(),
                properties.revocationMaxDelay(),
                properties.jwt().accessTokenLifetime());
        tracked.start();
        return tracked;
    }

    @Bean
    LoginThrottle loginThrottle(
            Environment environment,
            ObjectProvider<StringRedisTemplate> redis,
            IdentityProperties properties,
            Clock clock) {
        return sharedThroughRedis(environment)
                ? new RedisLoginThrottle(redis.getObject(), properties.loginThrottle())
                : new InProcessLoginThrottle(properties.loginThrottle(), clock);
    }

    /**
     * Whether state that every instance must see lives in Redis ({@code platform.redis.mode}, set
     * from {@code REDIS_URL}). Asked when the beans are made, not in a {@code @Conditional}, so that
     * a build processed ahead of time serves both modes (docs/adr/0008).
     */
    private static boolean sharedThroughRedis(Environment environment) {
        return "REDIS".equals(environment.getProperty("platform.redis.mode"));
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
    SignIns signIns(
            SessionRepository sessions,
            UserRepository users,
            SessionTokens sessionTokens,
            Clock clock,
            IdentityProperties properties) {
        return new SignIns(sessions, users, sessionTokens, clock, properties.sessionLifetime());
    }

    @Bean
    AuthenticationService authenticationService(
            UserRepository users,
            PasswordHasher passwords,
            AccessTokens accessTokens,
            SignIns signIns,
            RevokedSessions revokedSessions,
            LoginThrottle throttle,
            LoginMetrics metrics,
            AuditLog audit) {
        return new AuthenticationService(
                users, passwords, accessTokens, signIns, revokedSessions, throttle, metrics, audit);
    }

    @Bean
    ExternalIdentityRepository externalIdentityRepository(DSLContext dsl) {
        return new JooqExternalIdentityRepository(dsl);
    }

    @Bean
    ExternalSignInService externalSignInService(
            IdentityProperties properties,
            ExternalIdentityRepository identities,
            UserRepository users,
            CompanyDirectory companies,
            SignIns signIns,
            IntegrationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        Map<String, ProviderPolicy> policies = new HashMap<>();
        properties.oidc().providers().forEach((name, provider) -> {
            try {
                policies.put(name, new ProviderPolicy(provider.allowedCompanies(), provider.provisionCompany()));
            } catch (IllegalArgumentException misconfigured) {
                throw new IllegalArgumentException(
                        "platform.identity.oidc.providers." + name + ": " + misconfigured.getMessage(), misconfigured);
            }
        });
        return new ExternalSignInService(policies, identities, users, companies, signIns, events, audit, clock);
    }

    @Bean
    OidcProviders oidcProviders(IdentityProperties properties) {
        Map<String, OidcProviders.OidcProvider> providers = new HashMap<>();
        properties
                .oidc()
                .providers()
                .forEach((name, provider) -> providers.put(
                        name,
                        new OidcProviders.OidcProvider(
                                provider.issuerUri(),
                                provider.clientId(),
                                provider.clientSecret(),
                                provider.scopes())));
        return new OidcProviders(providers);
    }

    @Bean
    OneTimeValues oneTimeValues(Environment environment, ObjectProvider<StringRedisTemplate> redis) {
        return sharedThroughRedis(environment)
                ? new RedisOneTimeValues(redis.getObject())
                : new InProcessOneTimeValues();
    }

    @Bean
    OidcSignIn oidcSignIn(
            OidcProviders providers, OneTimeValues values, JsonMapper json, IdentityProperties properties) {
        return new OidcSignIn(
                providers,
                new PendingAuthorizations(values, json),
                Set.copyOf(properties.oidc().returnUrls()));
    }

    @Bean
    SignInHandOffs signInHandOffs(OneTimeValues values, JsonMapper json) {
        return new SignInHandOffs(values, json);
    }

    @Bean
    SessionService sessionService(
            SessionRepository sessions,
            UserRepository users,
            PasswordHasher passwords,
            SessionTokens sessionTokens,
            RevokedSessions revokedSessions,
            PasswordChanges passwordChanges,
            Clock clock) {
        return new SessionService(sessions, users, passwords, sessionTokens, revokedSessions, passwordChanges, clock);
    }

    @Bean
    PasswordChanges passwordChanges(UserRepository users, SessionRepository sessions, RevokedSessions revokedSessions) {
        return new PasswordChanges(users, sessions, revokedSessions);
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
            Clock clock,
            Transactions transactions) {
        return new UserManagementService(
                users,
                sessions,
                revokedSessions,
                passwords,
                companies,
                documents,
                throttle,
                events,
                audit,
                clock,
                transactions);
    }

    @Bean
    Transactions transactions() {
        return new Transactions();
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
            ExternalIdentityRepository linkedIdentities,
            RevokedSessions revokedSessions,
            CompanyDirectory companies,
            IntegrationEventPublisher events,
            Clock clock) {
        return new PersonalDataService(users, sessions, linkedIdentities, revokedSessions, companies, events, clock);
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
