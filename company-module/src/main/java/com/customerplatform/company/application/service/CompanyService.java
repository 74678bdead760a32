package com.customerplatform.company.application.service;

import com.customerplatform.company.application.port.in.ManageCompaniesUseCase;
import com.customerplatform.company.application.port.out.CompanyMetrics;
import com.customerplatform.company.domain.company.Company;
import com.customerplatform.company.domain.company.CompanyRepository;
import com.customerplatform.company.domain.company.CompanyRepository.CompanyQuery;
import com.customerplatform.company.domain.company.CompanyRules;
import com.customerplatform.company.domain.documenttype.DocumentType;
import com.customerplatform.company.domain.documenttype.DocumentTypeCode;
import com.customerplatform.company.domain.documenttype.DocumentTypeRepository;
import com.customerplatform.company.events.CompanyDeletedIntegrationEvent;
import com.customerplatform.company.events.CompanyRegisteredIntegrationEvent;
import com.customerplatform.company.events.CompanyStatusChangedIntegrationEvent;
import com.customerplatform.company.events.CompanyUpdatedIntegrationEvent;
import com.customerplatform.company.spi.UserStatistics;
import com.customerplatform.company.spi.UserStatistics.UserCount;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.error.ConflictException;
import com.customerplatform.sharedkernel.error.FieldError;
import com.customerplatform.sharedkernel.error.ForbiddenException;
import com.customerplatform.sharedkernel.error.InvalidInputException;
import com.customerplatform.sharedkernel.error.NotFoundException;
import com.customerplatform.sharedkernel.event.EventMetadata;
import com.customerplatform.sharedkernel.event.IntegrationEventPublisher;
import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import com.customerplatform.sharedkernel.patch.FieldChanges;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;

/** Tenant administration with company isolation. */
public class CompanyService implements ManageCompaniesUseCase {

    public static final String COMPANY_NOT_FOUND = "COMPANY_NOT_FOUND";
    public static final String COMPANY_ALREADY_EXISTS = "COMPANY_ALREADY_EXISTS";
    public static final String COMPANY_HAS_USERS = "COMPANY_HAS_USERS";
    public static final String SUPERUSER_REQUIRED = "SUPERUSER_REQUIRED";

    /** What a PUT may name; {@code company_id} is known only to be refused (users refer to it). */
    public static final Set<String> UPDATABLE =
            Set.of("name", "business_name", "document_type", "document_number", "days_credit", "status", "company_id");

    private static final Set<String> PROFILE = Set.of("name", "business_name");

    private final CompanyRepository companies;
    private final DocumentTypeRepository documentTypes;
    private final UserStatistics users;
    private final IntegrationEventPublisher events;
    private final CompanyMetrics metrics;
    private final Clock clock;

    public CompanyService(
            CompanyRepository companies,
            DocumentTypeRepository documentTypes,
            UserStatistics users,
            IntegrationEventPublisher events,
            CompanyMetrics metrics,
            Clock clock) {
        this.companies = companies;
        this.documentTypes = documentTypes;
        this.users = users;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<CompanyWithUsers> list(Actor actor, CompanyListQuery query, PageRequest page) {
        actor.require("companies:read");
        if (!actor.superuser() && actor.companyKey() == null) {
            return new Page<>(List.of(), 0, page);
        }
        Page<Company> found = companies.find(
                new CompanyQuery(actor.superuser() ? null : actor.companyKey(), query.status(), query.search()), page);
        Map<String, UserCount> counts = users.countByCompany(
                found.items().stream().map(Company::companyId).toList());
        return found.map(company -> withUsers(company, counts));
    }

    @Override
    @Transactional(readOnly = true)
    public CompanyWithUsers get(Actor actor, String reference) {
        Company company = visible(actor, reference, "companies:read");
        return withUsers(company, users.countByCompany(List.of(company.companyId())));
    }

    @Override
    @Transactional
    public Company register(Actor actor, RegisterCompanyCommand command) {
        requireSuperuser(actor, "onboard companies");
        String companyId =
                command.companyId() == null ? freeGeneratedKey() : CompanyRules.companyKey(command.companyId());
        if (companies.companyIdTaken(companyId)) {
            throw duplicate("company_id", "A company with this company_id already exists");
        }
        String name = CompanyRules.name("name", command.name(), true);
        String businessName = CompanyRules.name("business_name", command.businessName(), false);
        DocumentType type = activeDocumentType(command.documentType());
        String number = documentNumber(type, command.documentNumber(), null);
        Company company = companies.insert(Company.register(
                companyId,
                name,
                businessName,
                type.code().value(),
                number,
                CompanyRules.daysCredit(command.daysCredit()),
                clock.instant()));
        events.publish(new CompanyRegisteredIntegrationEvent(
                EventMetadata.next(clock),
                company.uuid(),
                company.companyId(),
                company.name(),
                company.status().code(),
                company.version()));
        metrics.onboarded();
        return company;
    }

    @Override
    @Transactional
    public Company update(Actor actor, String reference, FieldChanges changes) {
        Company current = visible(actor, reference, "companies:update");
        if (changes.has("company_id")) {
            throw InvalidInputException.of("company_id", "cannot be changed: users and customer profiles refer to it");
        }
        for (String field : changes.fields()) {
            if (!PROFILE.contains(field) && !actor.superuser()) {
                throw new ForbiddenException(SUPERUSER_REQUIRED, "Only a superuser may change " + field);
            }
        }
        Instant now = clock.instant();
        String name = changes.has("name") ? CompanyRules.name("name", changes.text("name"), true) : current.name();
        String businessName = changes.has("business_name")
                ? CompanyRules.name("business_name", changes.text("business_name"), false)
                : current.businessName();
        int daysCredit = changes.has("days_credit")
                ? CompanyRules.daysCredit(changes.requiredInteger("days_credit"))
                : current.daysCredit();
        String documentTypeCode =
                changes.has("document_type") ? changes.requiredText("document_type") : current.documentType();
        String documentNumber = current.documentNumber();
        if (changes.has("document_type") || changes.has("document_number")) {
            DocumentType type = activeDocumentType(documentTypeCode);
            documentTypeCode = type.code().value();
            documentNumber = documentNumber(
                    type,
                    changes.has("document_number") ? changes.requiredText("document_number") : current.documentNumber(),
                    current.id());
        }
        Company updated = current.withProfile(name, businessName, documentTypeCode, documentNumber, daysCredit, now);
        if (changes.has("status")) {
            updated = updated.moveTo(CompanyRules.status(changes.requiredText("status")), now);
        }
        List<String> changed = changedProfile(current, updated);
        boolean statusChanged = current.status() != updated.status();
        if (changed.isEmpty() && !statusChanged) {
            return current;
        }
        Company saved = companies.update(updated);
        if (!changed.isEmpty()) {
            events.publish(new CompanyUpdatedIntegrationEvent(
                    EventMetadata.next(clock), saved.uuid(), saved.companyId(), changed, saved.version()));
        }
        if (statusChanged) {
            events.publish(new CompanyStatusChangedIntegrationEvent(
                    EventMetadata.next(clock),
                    saved.uuid(),
                    saved.companyId(),
                    current.status().code(),
                    saved.status().code(),
                    saved.version()));
        }
        return saved;
    }

    @Override
    @Transactional
    public void delete(Actor actor, String reference) {
        requireSuperuser(actor, "delete companies");
        Company company = visible(actor, reference, "companies:read");
        UserCount count = users.countByCompany(List.of(company.companyId())).get(company.companyId());
        if (count != null && count.total() > 0) {
            throw new ConflictException(
                    COMPANY_HAS_USERS,
                    "Company " + company.companyId() + " still has " + count.total()
                            + " user(s); delete or move them first");
        }
        companies.delete(company.id());
        events.publish(new CompanyDeletedIntegrationEvent(
                EventMetadata.next(clock), company.uuid(), company.companyId(), company.version() + 1));
    }

    private Company visible(Actor actor, String reference, String permission) {
        actor.require(permission);
        return resolve(reference)
                .filter(company -> actor.seesCompany(company.companyId()))
                .orElseThrow(() -> new NotFoundException(COMPANY_NOT_FOUND, "Company " + reference + " was not found"));
    }

    private Optional<Company> resolve(String reference) {
        if (reference.matches("\\d{1,18}")) {
            return companies.findById(Long.parseLong(reference));
        }
        return companies.findByCompanyId(reference.strip().toUpperCase(Locale.ROOT));
    }

    private static void requireSuperuser(Actor actor, String what) {
        if (!actor.superuser()) {
            throw new ForbiddenException(SUPERUSER_REQUIRED, "Only a superuser may " + what);
        }
    }

    private String freeGeneratedKey() {
        String key = companies.nextCompanyKey();
        while (companies.companyIdTaken(key)) {
            key = companies.nextCompanyKey();
        }
        return key;
    }

    private DocumentType activeDocumentType(String code) {
        try {
            return documentTypes
                    .findByCode(new DocumentTypeCode(code))
                    .filter(DocumentType::active)
                    .orElseThrow(() -> InvalidInputException.of(
                            "document_type", "must be an active code of GET /api/v1/document-types"));
        } catch (IllegalArgumentException malformed) {
            throw InvalidInputException.of("document_type", "must be an active code of GET /api/v1/document-types");
        }
    }

    private String documentNumber(DocumentType type, String number, Long exceptCompanyId) {
        String normalized = type.normalize(number)
                .orElseThrow(
                        () -> InvalidInputException.of("document_number", "is not a valid " + type.code() + " number"));
        if (companies.documentNumberTaken(normalized, exceptCompanyId)) {
            throw duplicate("document_number", "A company with this document number already exists");
        }
        return normalized;
    }

    private static ConflictException duplicate(String field, String detail) {
        return new ConflictException(
                COMPANY_ALREADY_EXISTS, detail, List.of(new FieldError(field, "is already taken")));
    }

    private static List<String> changedProfile(Company before, Company after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "name", before.name(), after.name());
        compare(changed, "business_name", before.businessName(), after.businessName());
        compare(changed, "document_type", before.documentType(), after.documentType());
        compare(changed, "document_number", before.documentNumber(), after.documentNumber());
        compare(changed, "days_credit", before.daysCredit(), after.daysCredit());
        return changed;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private static CompanyWithUsers withUsers(Company company, Map<String, UserCount> counts) {
        UserCount count = counts.getOrDefault(company.companyId(), new UserCount(0, 0));
        return new CompanyWithUsers(company, count.total(), count.active());
    }
}
