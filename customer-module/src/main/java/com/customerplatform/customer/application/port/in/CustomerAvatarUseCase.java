package com.customerplatform.customer.application.port.in;

import com.customerplatform.customer.application.port.out.AvatarStorage.StoredImage;
import com.customerplatform.customer.domain.Customer;
import com.customerplatform.sharedkernel.actor.Actor;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer's uploaded avatar: a JPEG, PNG or WebP image (decided from its bytes) up to the
 * configured size, served at the profile's {@code avatar_url}; a new upload replaces the old file.
 */
public interface CustomerAvatarUseCase {

    Customer upload(Actor actor, UUID customerId, byte[] content);

    /** The image served at an avatar URL; the URL itself is the capability (see docs/security.md). */
    Optional<StoredImage> image(String fileName);
}
