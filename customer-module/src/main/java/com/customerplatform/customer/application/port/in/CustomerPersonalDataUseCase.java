package com.customerplatform.customer.application.port.in;

import com.customerplatform.customer.application.port.out.AvatarStorage.StoredImage;
import com.customerplatform.customer.domain.Customer;
import com.customerplatform.customer.domain.CustomerOrder;
import com.customerplatform.customer.domain.Note;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What the customer module holds about a platform user, for the user's GDPR rights: its customer
 * profiles (with tags, orders, notes about it and avatars) and the notes it wrote as staff.
 * {@code onlyBusiness} limits a request to one business's data (null: every business).
 */
public interface CustomerPersonalDataUseCase {

    List<Customer> profilesOf(UUID userId, UUID onlyBusiness);

    boolean wroteNotes(UUID userId, UUID onlyBusiness);

    List<String> tagsOf(UUID customerId);

    /** Close the streams. */
    Stream<Note> notesAbout(UUID customerId);

    Stream<CustomerOrder> ordersOf(UUID customerId);

    Stream<Note> notesWrittenBy(UUID userId, UUID onlyBusiness);

    Optional<StoredImage> avatarOf(Customer customer);

    /**
     * Deletes the user's profiles with their notes, tag links, orders and avatar files (after
     * commit), and removes the user as author from the notes it wrote about others.
     *
     * @return records erased or anonymised
     */
    int erase(UUID userId, UUID onlyBusiness);
}
