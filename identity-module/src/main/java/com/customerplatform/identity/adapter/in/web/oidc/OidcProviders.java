package com.customerplatform.identity.adapter.in.web.oidc;

import com.customerplatform.sharedkernel.error.NotFoundException;
import com.customerplatform.sharedkernel.error.UnavailableException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The configured OpenID Connect providers, each discovered from its issuer's metadata on first use
 * and remembered once that worked: a provider that is down does not stop the service from starting,
 * and is asked again at the next sign-in.
 */
public class OidcProviders implements ClientRegistrationRepository {

    public static final String PROVIDER_NOT_FOUND = "PROVIDER_NOT_FOUND";
    public static final String PROVIDER_UNAVAILABLE = "PROVIDER_UNAVAILABLE";

    /** Where providers send the browser back; registered with each provider as the redirect URI. */
    static final String CALLBACK = "{baseUrl}/api/v1/auth/{registrationId}/callback";

    private static final Logger log = LoggerFactory.getLogger(OidcProviders.class);

    private final Map<String, OidcProvider> configured;
    private final Map<String, ClientRegistration> discovered = new ConcurrentHashMap<>();

    public OidcProviders(Map<String, OidcProvider> configured) {
        this.configured = Map.copyOf(configured);
    }

    /**
     * @param issuerUri the issuer, whose {@code /.well-known/openid-configuration} is read
     */
    public record OidcProvider(String issuerUri, String clientId, String clientSecret, List<String> scopes) {}

    /** The provider's registration, or a 404 problem for a name not configured. */
    public ClientRegistration require(String provider) {
        ClientRegistration registration = findByRegistrationId(provider);
        if (registration == null) {
            throw new NotFoundException(PROVIDER_NOT_FOUND, "No sign-in provider is called " + provider);
        }
        return registration;
    }

    @Override
    public ClientRegistration findByRegistrationId(String provider) {
        OidcProvider settings = configured.get(provider);
        return settings == null ? null : discovered.computeIfAbsent(provider, name -> discover(name, settings));
    }

    private static ClientRegistration discover(String name, OidcProvider settings) {
        try {
            return ClientRegistrations.fromOidcIssuerLocation(settings.issuerUri())
                    .registrationId(name)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .scope(settings.scopes())
                    .redirectUri(CALLBACK)
                    .build();
        } catch (RuntimeException unreachable) {
            log.warn(
                    "Sign-in provider {} could not be discovered at {}: {}",
                    name,
                    settings.issuerUri(),
                    unreachable.getMessage());
            throw new UnavailableException(
                    PROVIDER_UNAVAILABLE,
                    "Sign-in with " + name + " is not available right now; please try again later");
        }
    }
}
