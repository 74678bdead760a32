package com.customerplatform.customer.application.service;

import com.customerplatform.customer.application.port.in.CustomerPersonalDataUseCase;
import com.customerplatform.customer.application.port.out.AvatarStorage;
import com.customerplatform.customer.application.port.out.AvatarStorage.StoredImage;
import com.customerplatform.customer.domain.Customer;
import com.customerplatform.customer.domain.CustomerOrder;
import com.customerplatform.customer.domain.CustomerRepository;
import com.customerplatform.customer.domain.Note;
import com.customerplatform.customer.domain.NoteRepository;
import com.customerplatform.customer.domain.OrderHistory;
import com.customerplatform.customer.domain.TagRepository;
import com.customerplatform.sharedkernel.event.IntegrationEventPublisher;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.transaction.annotation.Transactional;

public class CustomerPersonalDataService implements CustomerPersonalDataUseCase {

    private final CustomerRepository customers;
    private final NoteRepository notes;
    private final TagRepository tags;
    private final OrderHistory orders;
    private final AvatarStorage avatars;
    private final ProfileRemoval removal;

    public CustomerPersonalDataService(
            CustomerRepository customers,
            NoteRepository notes,
            TagRepository tags,
            OrderHistory orders,
            AvatarStorage avatars,
            IntegrationEventPublisher events,
            Clock clock) {
        this.customers = customers;
        this.notes = notes;
        this.tags = tags;
        this.orders = orders;
        this.avatars = avatars;
        this.removal = new ProfileRemoval(customers, avatars, events, clock);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Customer> profilesOf(UUID userId, UUID onlyBusiness) {
        return customers.findByUser(userId).stream()
                .filter(profile -> onlyBusiness == null || profile.businessId().equals(onlyBusiness))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean wroteNotes(UUID userId, UUID onlyBusiness) {
        try (Stream<Note> written = notes.streamByAuthor(userId, onlyBusiness)) {
            return written.findAny().isPresent();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> tagsOf(UUID customerId) {
        return tags.namesOf(customerId);
    }

    /** Streams need the caller's transaction (the export's) to stay open while they are read. */
    @Override
    public Stream<Note> notesAbout(UUID customerId) {
        return notes.streamByCustomer(customerId);
    }

    @Override
    public Stream<CustomerOrder> ordersOf(UUID customerId) {
        return orders.ordersOf(customerId);
    }

    @Override
    public Stream<Note> notesWrittenBy(UUID userId, UUID onlyBusiness) {
        return notes.streamByAuthor(userId, onlyBusiness);
    }

    @Override
    public Optional<StoredImage> avatarOf(Customer customer) {
        return UploadedAvatars.fileName(customer.avatarUrl()).flatMap(avatars::load);
    }

    @Override
    @Transactional
    public int erase(UUID userId, UUID onlyBusiness) {
        int erased = 0;
        for (Customer profile : profilesOf(userId, onlyBusiness)) {
            try (Stream<CustomerOrder> profileOrders = orders.ordersOf(profile.id())) {
                erased += 1 + (int) notes.countByCustomer(profile.id()) + (int) profileOrders.count();
            }
            removal.remove(profile);
        }
        return erased + notes.forgetAuthor(userId, onlyBusiness);
    }
}
