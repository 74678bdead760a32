package com.customerplatform.customer.application.service;

import com.customerplatform.customer.application.port.in.CustomerAvatarUseCase;
import com.customerplatform.customer.application.port.out.AvatarStorage;
import com.customerplatform.customer.application.port.out.AvatarStorage.StoredImage;
import com.customerplatform.customer.domain.Customer;
import com.customerplatform.customer.domain.CustomerRepository;
import com.customerplatform.customer.domain.ImageFormat;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.error.ContentTooLargeException;
import com.customerplatform.sharedkernel.error.InvalidInputException;
import com.customerplatform.sharedkernel.error.UnsupportedContentException;
import com.customerplatform.sharedkernel.event.IntegrationEventPublisher;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

public class AvatarService implements CustomerAvatarUseCase {

    private final BusinessCustomers businessCustomers;
    private final CustomerRepository customers;
    private final AvatarStorage storage;
    private final long maxBytes;
    private final IntegrationEventPublisher events;
    private final Clock clock;

    public AvatarService(
            CustomerRepository customers,
            AvatarStorage storage,
            long maxBytes,
            IntegrationEventPublisher events,
            Clock clock) {
        this.businessCustomers = new BusinessCustomers(customers);
        this.customers = customers;
        this.storage = storage;
        this.maxBytes = maxBytes;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Customer upload(Actor actor, UUID customerId, byte[] content) {
        Customer current = businessCustomers.forStaff(actor, customerId, "customers:update");
        if (content.length == 0) {
            throw InvalidInputException.of("file", "is empty");
        }
        if (content.length > maxBytes) {
            throw new ContentTooLargeException("AVATAR_TOO_LARGE", "An avatar may have at most " + maxBytes + " bytes");
        }
        ImageFormat format = ImageFormat.detect(content)
                .orElseThrow(() -> new UnsupportedContentException(
                        "UNSUPPORTED_AVATAR_TYPE", "An avatar must be a JPEG, PNG or WebP image"));
        Customer saved = customers.update(
                current.withAvatar(UploadedAvatars.url(storage.store(content, format)), clock.instant()));
        UploadedAvatars.fileName(current.avatarUrl()).ifPresent(storage::delete);
        events.publish(ProfileChanges.updated(
                saved, Map.of("avatar_url", ProfileChanges.change(current.avatarUrl(), saved.avatarUrl())), clock));
        return saved;
    }

    @Override
    public Optional<StoredImage> image(String fileName) {
        return storage.load(fileName);
    }
}
