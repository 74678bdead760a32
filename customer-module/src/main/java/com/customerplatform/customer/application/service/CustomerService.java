package com.customerplatform.customer.application.service;

import com.customerplatform.customer.application.port.in.ManageCustomersUseCase;
import com.customerplatform.customer.application.port.in.RegisterCustomerForUserUseCase;
import com.customerplatform.customer.application.port.in.UpdateCustomerUseCase;
import com.customerplatform.customer.application.port.out.AvatarStorage;
import com.customerplatform.customer.application.port.out.Businesses;
import com.customerplatform.customer.application.port.out.PatchRateLimiter;
import com.customerplatform.customer.application.port.out.PhoneNumbers;
import com.customerplatform.customer.application.port.out.PlatformUsers;
import com.customerplatform.customer.application.port.out.PlatformUsers.PlatformUser;
import com.customerplatform.customer.domain.Customer;
import com.customerplatform.customer.domain.CustomerRepository;
import com.customerplatform.customer.domain.CustomerRepository.CustomerQuery;
import com.customerplatform.customer.domain.CustomerRules;
import com.customerplatform.customer.domain.Gender;
import com.customerplatform.customer.domain.TagRepository;
import com.customerplatform.customer.domain.TaggedCustomer;
import com.customerplatform.customer.events.CustomerCreatedIntegrationEvent;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.error.ConflictException;
import com.customerplatform.sharedkernel.error.FieldError;
import com.customerplatform.sharedkernel.error.InvalidInputException;
import com.customerplatform.sharedkernel.error.NotFoundException;
import com.customerplatform.sharedkernel.error.TooManyRequestsException;
import com.customerplatform.sharedkernel.event.EventMetadata;
import com.customerplatform.sharedkernel.event.IntegrationEventPublisher;
import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.transaction.annotation.Transactional;

/** Customer profiles with business isolation. */
public class CustomerService implements ManageCustomersUseCase, RegisterCustomerForUserUseCase, UpdateCustomerUseCase {

    public static final String CUSTOMER_ALREADY_EXISTS = "CUSTOMER_ALREADY_EXISTS";
    public static final String IMMUTABLE_FIELD = "IMMUTABLE_FIELD";

    private static final List<String> PROFILE_FIELDS = List.of("full_name", "email", "phone", "gender", "avatar_url");
    private static final List<String> IMMUTABLE =
            List.of("id", "user_id", "business_id", "total_orders", "lifetime_value", "created_at", "updated_at");

    private final CustomerRepository customers;
    private final TagRepository tags;
    private final AvatarStorage avatars;
    private final BusinessTags businessTags;
    private final BusinessCustomers businessCustomers;
    private final ProfileRemoval removal;
    private final Businesses businesses;
    private final PlatformUsers users;
    private final PhoneNumbers phones;
    private final PatchRateLimiter patchRate;
    private final IntegrationEventPublisher events;
    private final Clock clock;

    public CustomerService(
            CustomerRepository customers,
            TagRepository tags,
            AvatarStorage avatars,
            Businesses businesses,
            PlatformUsers users,
            PhoneNumbers phones,
            PatchRateLimiter patchRate,
            IntegrationEventPublisher events,
            Clock clock) {
        this.customers = customers;
        this.tags = tags;
        this.avatars = avatars;
        this.businessTags = new BusinessTags(tags, clock);
        this.businessCustomers = new BusinessCustomers(customers);
        this.removal = new ProfileRemoval(customers, avatars, events, clock);
        this.businesses = businesses;
        this.users = users;
        this.phones = phones;
        this.patchRate = patchRate;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Customer create(Actor actor, CreateCustomerCommand command) {
        actor.require("customers:create");
        UUID businessId = command.businessId() == null ? actor.companyUuid() : command.businessId();
        if (businessId == null) {
            throw InvalidInputException.of("business_id", "is required");
        }
        if (!actor.superuser() && !businessId.equals(actor.companyUuid())) {
            throw new NotFoundException("BUSINESS_NOT_FOUND", "Business " + businessId + " was not found");
        }
        if (!businesses.isActive(businessId)) {
            throw InvalidInputException.of("business_id", "does not name an active company");
        }
        if (command.userId() != null && users.find(command.userId()).isEmpty()) {
            throw InvalidInputException.of("user_id", "does not name a platform user");
        }
        Customer customer = Customer.register(
                command.userId(),
                businessId,
                CustomerRules.fullName(command.fullName()),
                CustomerRules.email(command.email()),
                phone(command.phone()),
                CustomerRules.gender(command.gender()),
                linkedAvatar(command.avatarUrl()),
                clock.instant());
        return save(customer);
    }

    @Override
    @Transactional
    public void registerFor(UUID userId, UUID businessId) {
        if (customers.existsForUser(businessId, userId)) {
            return;
        }
        PlatformUser user = users.find(userId).orElse(null);
        if (user == null) {
            return;
        }
        Optional<Customer> madeByStaff =
                user.email() == null ? Optional.empty() : customers.findByEmail(businessId, user.email());
        if (madeByStaff.isPresent() && madeByStaff.get().userId() == null) {
            // Staff already keep a profile for this person: it becomes the user's, not a second one beside it.
            Customer linked = customers.update(madeByStaff.get().linkedTo(userId, clock.instant()));
            events.publish(ProfileChanges.updated(
                    linked, Map.of("user_id", ProfileChanges.change(null, userId.toString())), clock));
            return;
        }
        String email = madeByStaff.isPresent() ? null : user.email();
        save(Customer.register(
                userId,
                businessId,
                CustomerRules.fullName(user.displayName()),
                email,
                null,
                Gender.UNSPECIFIED,
                null,
                clock.instant()));
    }

    // One statement, so no transaction (docs/architecture.md#persistence).
    @Override
    public TaggedCustomer get(Actor actor, UUID customerId) {
        TaggedCustomer shown =
                customers.findTaggedById(customerId).orElseThrow(() -> BusinessCustomers.notFound(customerId));
        Customer customer = shown.customer();
        boolean own = customer.userId() != null && actor.is(customer.userId());
        boolean staff = actor.can("customers:read")
                && (actor.superuser() || customer.businessId().equals(actor.companyUuid()));
        if (!own && !staff) {
            throw BusinessCustomers.notFound(customerId);
        }
        return shown;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<TaggedCustomer> list(Actor actor, ListCustomersQuery query, PageRequest page) {
        actor.require("customers:read");
        if (!actor.superuser()
                && query.businessId() != null
                && !query.businessId().equals(actor.companyUuid())) {
            return new Page<>(List.of(), 0, page);
        }
        UUID businessId = actor.superuser() ? query.businessId() : actor.companyUuid();
        return customers.find(new CustomerQuery(businessId, query.search()), page);
    }

    @Override
    @Transactional
    public Customer patch(Actor actor, UUID customerId, ProfilePatch patch) {
        Customer current = businessCustomers.forStaff(actor, customerId, "customers:update");
        patchRate.tryAcquire(customerId).ifPresent(wait -> {
            throw new TooManyRequestsException(
                    "RATE_LIMITED",
                    "Too many changes to this customer; retry in " + Math.max(1, wait.toSeconds()) + " s",
                    wait);
        });
        List<String> currentTags = tagNames(customerId);
        Map<String, Object> before = document(current, currentTags);
        Map<String, Object> after = patch.applyTo(before);
        for (String field : after.keySet()) {
            if (!before.containsKey(field)) {
                throw new InvalidInputException(
                        "UNKNOWN_FIELD",
                        "Unknown field /" + field,
                        List.of(new FieldError("/" + field, "is not a field of a customer profile")));
            }
        }
        for (String field : IMMUTABLE) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                throw new InvalidInputException(
                        IMMUTABLE_FIELD,
                        "/" + field + " cannot be changed",
                        List.of(new FieldError("/" + field, "cannot be changed")));
            }
        }
        Customer updated = current.withProfile(
                CustomerRules.fullName(text(after, "full_name")),
                CustomerRules.email(text(after, "email")),
                phone(text(after, "phone")),
                after.get("gender") == null ? genderRequired() : CustomerRules.gender(text(after, "gender")),
                Objects.equals(before.get("avatar_url"), after.get("avatar_url"))
                        ? current.avatarUrl()
                        : linkedAvatar(text(after, "avatar_url")),
                clock.instant());
        List<String> wantedTags = BusinessTags.distinctNames(list(after, "tags"), "/tags");
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        Map<String, Object> patched = document(updated, currentTags);
        for (String field : PROFILE_FIELDS) {
            if (!Objects.equals(before.get(field), patched.get(field))) {
                changes.put(field, ProfileChanges.change(before.get(field), patched.get(field)));
            }
        }
        if (updated.email() != null
                && changes.containsKey("email")
                && customers.emailTakenByOther(updated.businessId(), updated.email(), updated.id())) {
            throw duplicate("email", "A customer with this email already exists in this business");
        }
        if (!lowerCase(wantedTags).equals(lowerCase(currentTags))) {
            tags.replace(customerId, businessTags.findOrCreate(current.businessId(), wantedTags));
            changes.put("tags", ProfileChanges.change(currentTags, tagNames(customerId)));
        }
        if (changes.isEmpty()) {
            return current;
        }
        Customer saved = customers.update(updated);
        if (changes.containsKey("avatar_url")) {
            UploadedAvatars.fileName(current.avatarUrl()).ifPresent(avatars::delete);
        }
        events.publish(ProfileChanges.updated(saved, changes, clock));
        return saved;
    }

    /** The profile as the patch sees it: JSON member names, JSON-compatible values. */
    private static Map<String, Object> document(Customer customer, List<String> tagNames) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", customer.id().toString());
        document.put(
                "user_id", customer.userId() == null ? null : customer.userId().toString());
        document.put("business_id", customer.businessId().toString());
        document.put("full_name", customer.fullName());
        document.put("email", customer.email());
        document.put("phone", customer.phone());
        document.put("gender", customer.gender().code());
        document.put("avatar_url", customer.avatarUrl());
        document.put("tags", tagNames);
        document.put("total_orders", customer.orders().totalOrders());
        document.put("lifetime_value", customer.orders().lifetimeValue().toPlainString());
        document.put("created_at", customer.createdAt().toString());
        document.put("updated_at", customer.updatedAt().toString());
        return document;
    }

    private List<String> tagNames(UUID customerId) {
        return tags.namesOf(customerId);
    }

    private static Set<String> lowerCase(List<String> names) {
        return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static String text(Map<String, Object> document, String field) {
        Object value = document.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw InvalidInputException.of("/" + field, "must be a string");
    }

    /** A removed list (a merge patch's {@code null}) is an empty one. */
    private static List<?> list(Map<String, Object> document, String field) {
        Object value = document.get(field);
        if (value == null || value instanceof List<?>) {
            return value == null ? List.of() : (List<?>) value;
        }
        throw InvalidInputException.of("/" + field, "must be an array");
    }

    private static Gender genderRequired() {
        throw InvalidInputException.of("/gender", "must be male, female, other or unspecified");
    }

    @Override
    @Transactional
    public void delete(Actor actor, UUID customerId) {
        removal.remove(businessCustomers.forStaff(actor, customerId, "customers:delete"));
    }

    private Customer save(Customer customer) {
        Customer saved = customers.insert(customer).orElseThrow(() -> duplicateOf(customer));
        events.publish(new CustomerCreatedIntegrationEvent(
                EventMetadata.next(clock), saved.id(), saved.userId(), saved.businessId(), saved.version()));
        return saved;
    }

    /** An avatar URL given by the client: it links to an image elsewhere; only an upload sets one of ours. */
    private static String linkedAvatar(String url) {
        String valid = CustomerRules.avatarUrl(url);
        if (valid != null && valid.startsWith(UploadedAvatars.URL_PREFIX)) {
            throw InvalidInputException.of("avatar_url", "is set by uploading an avatar");
        }
        return valid;
    }

    private String phone(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return phones.toE164(raw)
                .orElseThrow(() -> InvalidInputException.of(
                        "phone", "must be a valid international phone number such as +573001234567"));
    }

    /** Which unique key refused the new profile: asked only once one did. */
    private ConflictException duplicateOf(Customer customer) {
        if (customer.userId() != null && customers.existsForUser(customer.businessId(), customer.userId())) {
            return duplicate("user_id", "This user already has a profile in this business");
        }
        if (customer.email() != null && customers.emailTaken(customer.businessId(), customer.email())) {
            return duplicate("email", "A customer with this email already exists in this business");
        }
        // The profile that held the key was removed meanwhile.
        return ConflictException.concurrentModification(
                "Another request changed this business's customers meanwhile; retry");
    }

    private static ConflictException duplicate(String field, String detail) {
        return new ConflictException(
                CUSTOMER_ALREADY_EXISTS, detail, List.of(new FieldError(field, "is already taken")));
    }
}
