package com.customerplatform.customer.adapter.in.gdpr;

import com.customerplatform.customer.application.port.in.CustomerPersonalDataUseCase;
import com.customerplatform.customer.domain.Customer;
import com.customerplatform.customer.domain.CustomerOrder;
import com.customerplatform.customer.domain.Note;
import com.customerplatform.customer.domain.OrderStatistics;
import com.customerplatform.gdpr.spi.DataSubject;
import com.customerplatform.gdpr.spi.PersonalDataHolder;
import com.customerplatform.gdpr.spi.ProcessingRecord;
import com.customerplatform.gdpr.spi.SectionWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The GDPR module's view of customers: a user's profiles in every business, with tags, orders,
 * the notes staff wrote about them and avatar images; and, for staff, which notes they wrote.
 */
public class CustomerPersonalData implements PersonalDataHolder {

    private static final ProcessingRecord PROCESSING = new ProcessingRecord(
            List.of("Serving you as a customer of the businesses on the platform", "Customer care and order history"),
            "Contract (GDPR Art. 6(1)(b)) and the businesses' legitimate interest in customer care (Art. 6(1)(f))",
            List.of(
                    "Profile: full name, email, phone, gender, avatar image",
                    "Tags the business gave you",
                    "Orders: amounts, completion and return dates, totals",
                    "Internal notes staff wrote about you",
                    "As staff: which notes you wrote (their text is about other customers and is not exported)"),
            List.of(
                    "Staff of each business you are a customer of",
                    "The platform's operators",
                    "Other services of the business receive profile ids and changes (customers.* events)"),
            "While the profile exists; orders as long as the profile. Deleted on erasure; notes you wrote as staff keep their "
                    + "text but lose their author.");

    private final CustomerPersonalDataUseCase personalData;

    public CustomerPersonalData(CustomerPersonalDataUseCase personalData) {
        this.personalData = personalData;
    }

    @Override
    public String section() {
        return "customer";
    }

    @Override
    public ProcessingRecord processing() {
        return PROCESSING;
    }

    @Override
    public Set<String> personalDataColumns() {
        return Set.of(
                "customer.customers.user_id",
                "customer.customers.full_name",
                "customer.customers.email",
                "customer.customers.phone",
                "customer.customers.gender",
                "customer.customers.avatar_url",
                "customer.notes.body",
                "customer.notes.author_id");
    }

    @Override
    public boolean holdsDataOf(DataSubject subject) {
        return !personalData.profilesOf(subject.id(), onlyBusiness(subject)).isEmpty()
                || personalData.wroteNotes(subject.id(), onlyBusiness(subject));
    }

    @Override
    public void export(DataSubject subject, SectionWriter section) {
        List<Customer> profiles = personalData.profilesOf(subject.id(), onlyBusiness(subject));
        section.field(
                "profiles",
                profiles.stream()
                        .map(profile -> ProfileRecord.of(profile, personalData.tagsOf(profile.id())))
                        .toList());
        section.array(
                "orders",
                profiles.stream()
                        .flatMap(profile ->
                                personalData.ordersOf(profile.id()).map(order -> OrderRecord.of(profile, order))));
        section.array(
                "notes_about_you",
                profiles.stream()
                        .flatMap(profile ->
                                personalData.notesAbout(profile.id()).map(note -> NoteRecord.of(profile, note))));
        section.array(
                "notes_written",
                personalData.notesWrittenBy(subject.id(), onlyBusiness(subject)).map(WrittenNote::of));
        for (Customer profile : profiles) {
            personalData
                    .avatarOf(profile)
                    .ifPresent(image -> section.attachment(
                            "avatar-" + profile.id() + "." + image.format().extension(), image.content()));
        }
    }

    @Override
    public int erase(DataSubject subject) {
        return personalData.erase(subject.id(), onlyBusiness(subject));
    }

    /** An admin reaches the subject's profiles in its own company only; other businesses' stay theirs. */
    private static UUID onlyBusiness(DataSubject subject) {
        return subject.companyOnly() ? subject.companyUuid() : null;
    }

    record ProfileRecord(
            UUID id,
            UUID businessId,
            String fullName,
            String email,
            String phone,
            String gender,
            String avatarUrl,
            List<String> tags,
            int totalOrders,
            int returnedOrders,
            BigDecimal lifetimeValue,
            LocalDate firstOrderDate,
            LocalDate lastOrderDate,
            Instant createdAt,
            Instant updatedAt) {

        static ProfileRecord of(Customer customer, List<String> tags) {
            OrderStatistics orders = customer.orders();
            return new ProfileRecord(
                    customer.id(),
                    customer.businessId(),
                    customer.fullName(),
                    customer.email(),
                    customer.phone(),
                    customer.gender().code(),
                    customer.avatarUrl(),
                    tags,
                    orders.totalOrders(),
                    orders.returnedOrders(),
                    orders.lifetimeValue(),
                    orders.firstOrderDate(),
                    orders.lastOrderDate(),
                    customer.createdAt(),
                    customer.updatedAt());
        }
    }

    record OrderRecord(
            UUID profileId,
            String orderId,
            BigDecimal totalAmount,
            Instant completedAt,
            BigDecimal returnedAmount,
            Instant returnedAt) {

        static OrderRecord of(Customer profile, CustomerOrder order) {
            return new OrderRecord(
                    profile.id(),
                    order.orderId(),
                    order.totalAmount(),
                    order.completedAt(),
                    order.returnedAmount(),
                    order.returnedAt());
        }
    }

    record NoteRecord(UUID profileId, UUID id, UUID authorId, String body, Instant createdAt) {

        static NoteRecord of(Customer profile, Note note) {
            return new NoteRecord(profile.id(), note.id(), note.authorId(), note.body(), note.createdAt());
        }
    }

    /** A note the subject wrote as staff, without its text: that is about another customer. */
    record WrittenNote(UUID id, UUID customerId, Instant createdAt) {

        static WrittenNote of(Note note) {
            return new WrittenNote(note.id(), note.customerId(), note.createdAt());
        }
    }
}
