package com.customerplatform.identity.adapter.in.gdpr;

import com.customerplatform.gdpr.spi.DataSubject;
import com.customerplatform.gdpr.spi.DataSubjects;
import com.customerplatform.gdpr.spi.PersonalDataHolder;
import com.customerplatform.gdpr.spi.ProcessingRecord;
import com.customerplatform.gdpr.spi.SectionWriter;
import com.customerplatform.identity.application.port.in.PersonalDataUseCase;
import com.customerplatform.identity.application.port.in.PersonalDataUseCase.Account;
import com.customerplatform.identity.domain.external.ExternalIdentity;
import com.customerplatform.identity.domain.session.Session;
import com.customerplatform.identity.domain.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The GDPR module's view of identity: a user's account, sessions and linked identities, and its company. */
public class IdentityPersonalData implements PersonalDataHolder, DataSubjects {

    private static final ProcessingRecord PROCESSING = new ProcessingRecord(
            List.of("Your account: signing in and access control", "Letting your company administer its users"),
            "Contract (GDPR Art. 6(1)(b)) with you or your company",
            List.of(
                    "Identification: username, first and last name, identity document type and number",
                    "Contact: email, phone, address",
                    "Account: role, company, status, joining and last sign-in times",
                    "Sessions: when they started, expire or ended",
                    "Linked identities: the external sign-in provider, your id and email there, when linked and last used"),
            List.of(
                    "Your company's administrators",
                    "The platform's operators",
                    "Other services of the business receive your user id only (users.* events)"),
            "While the account exists; sessions until they expire. Deleted on erasure.");

    private final PersonalDataUseCase personalData;

    public IdentityPersonalData(PersonalDataUseCase personalData) {
        this.personalData = personalData;
    }

    @Override
    public String section() {
        return "identity";
    }

    @Override
    public ProcessingRecord processing() {
        return PROCESSING;
    }

    @Override
    public Set<String> personalDataColumns() {
        return Set.of(
                "identity.user_account.username",
                "identity.user_account.email",
                "identity.user_account.first_name",
                "identity.user_account.last_name",
                "identity.user_account.phone",
                "identity.user_account.address",
                "identity.user_account.number_document_identity",
                "identity.user_account.password_hash",
                "identity.user_session.user_id",
                "identity.external_identity.subject",
                "identity.external_identity.email",
                "identity.external_identity.user_id");
    }

    @Override
    public Optional<UUID> companyOf(UUID subjectId) {
        return personalData.companyOf(subjectId);
    }

    @Override
    public boolean holdsDataOf(DataSubject subject) {
        return personalData.find(subject.id()).isPresent();
    }

    @Override
    public void export(DataSubject subject, SectionWriter section) {
        personalData.find(subject.id()).ifPresent(account -> {
            section.field("account", AccountRecord.of(account));
            section.array("sessions", account.sessions().stream().map(SessionRecord::of));
            section.array(
                    "linked_identities", account.linkedIdentities().stream().map(LinkedIdentityRecord::of));
        });
    }

    @Override
    public int erase(DataSubject subject) {
        return personalData.erase(subject.id());
    }

    /** The account as exported: everything but the password hash, which is no information about you. */
    record AccountRecord(
            UUID uuid,
            String uniqueId,
            String username,
            String email,
            String firstName,
            String lastName,
            String phone,
            String address,
            String documentType,
            String numberDocumentIdentity,
            String role,
            boolean isActive,
            boolean isStaff,
            boolean isSuperuser,
            String companyId,
            UUID companyUuid,
            Instant lastLogin,
            Instant dateJoined,
            Instant createdAt,
            Instant updatedAt) {

        static AccountRecord of(Account account) {
            User user = account.user();
            return new AccountRecord(
                    user.uuid(),
                    user.uniqueId(),
                    user.username(),
                    user.email(),
                    user.firstName(),
                    user.lastName(),
                    user.phone(),
                    user.address(),
                    user.documentType(),
                    user.numberDocumentIdentity(),
                    user.role().code(),
                    user.active(),
                    user.staff(),
                    user.superuser(),
                    user.companyId(),
                    account.companyUuid(),
                    user.lastLogin(),
                    user.dateJoined(),
                    user.createdAt(),
                    user.updatedAt());
        }
    }

    record LinkedIdentityRecord(String provider, String subject, String email, Instant linkedAt, Instant lastSignInAt) {

        static LinkedIdentityRecord of(ExternalIdentity link) {
            return new LinkedIdentityRecord(
                    link.provider(), link.subject(), link.email(), link.linkedAt(), link.lastSignInAt());
        }
    }

    record SessionRecord(UUID id, Instant createdAt, Instant expiresAt, Instant revokedAt) {

        static SessionRecord of(Session session) {
            return new SessionRecord(session.id(), session.createdAt(), session.expiresAt(), session.revokedAt());
        }
    }
}
