package com.customerplatform.customer.adapter.out.identity;

import com.customerplatform.customer.application.port.out.PlatformUsers;
import com.customerplatform.identity.IdentityApi;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Platform accounts, read through the identity module's public API. */
public class IdentityPlatformUsers implements PlatformUsers {

    private final IdentityApi identity;

    public IdentityPlatformUsers(IdentityApi identity) {
        this.identity = identity;
    }

    /** The display name is first and last name, or the username when the account has neither. */
    @Override
    public Optional<PlatformUser> find(UUID userId) {
        return identity.findUser(userId).map(user -> {
            String name = Stream.of(user.firstName(), user.lastName())
                    .filter(part -> part != null && !part.isBlank())
                    .collect(Collectors.joining(" "));
            return new PlatformUser(user.userId(), name.length() >= 2 ? name : user.username(), user.email());
        });
    }
}
