package com.customerplatform.gdpr.application.service;

import com.customerplatform.gdpr.application.port.in.DataSubjectRightsUseCase;
import com.customerplatform.gdpr.application.port.out.ExportLinks;
import com.customerplatform.gdpr.domain.ErasureRequest;
import com.customerplatform.gdpr.domain.ErasureRequestRepository;
import com.customerplatform.gdpr.domain.ExportGrant;
import com.customerplatform.gdpr.events.GdprErasureCompletedIntegrationEvent;
import com.customerplatform.gdpr.events.GdprExportRequestedIntegrationEvent;
import com.customerplatform.gdpr.spi.DataSubject;
import com.customerplatform.gdpr.spi.DataSubjects;
import com.customerplatform.gdpr.spi.PersonalDataHolder;
import com.customerplatform.gdpr.spi.ProcessingRecord;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.audit.AuditEntry;
import com.customerplatform.sharedkernel.audit.AuditLog;
import com.customerplatform.sharedkernel.error.NotFoundException;
import com.customerplatform.sharedkernel.event.EventMetadata;
import com.customerplatform.sharedkernel.event.IntegrationEventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Runs every module's {@link PersonalDataHolder} for a subject's export and erasure. */
public class DataSubjectRightsService implements DataSubjectRightsUseCase {

    static final String SUBJECT_NOT_FOUND = "SUBJECT_NOT_FOUND";
    static final String NO_PERSONAL_DATA = "NO_PERSONAL_DATA";

    private final List<PersonalDataHolder> holders;
    private final DataSubjects subjects;
    private final ErasureRequestRepository erasures;
    private final ExportLinks links;
    private final IntegrationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    public DataSubjectRightsService(
            List<PersonalDataHolder> holders,
            DataSubjects subjects,
            ErasureRequestRepository erasures,
            ExportLinks links,
            IntegrationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.holders = List.copyOf(holders);
        this.subjects = subjects;
        this.erasures = erasures;
        this.links = links;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ExportGrant requestExport(Actor actor, UUID subjectId) {
        Optional<ErasureRequest> erased = erasures.findBySubjectHash(ErasureRequest.hashOf(subjectId));
        if (erased.isPresent()) {
            authorizeForErased(actor, erased.get(), "gdpr:export");
            throw nothingHeld(erased.get());
        }
        DataSubject subject = authorize(actor, subjectId, "gdpr:export");
        if (holdersOf(subject).isEmpty()) {
            throw notFound(subjectId);
        }
        ExportGrant grant = links.issue(subject, UUID.randomUUID(), clock.instant());
        events.publish(new GdprExportRequestedIntegrationEvent(
                EventMetadata.next(clock), grant.requestId(), subjectId, actor.userId(), grant.expiresAt()));
        audit.record(new AuditEntry(
                "gdpr.export",
                "success",
                actor.userId(),
                subjectId,
                null,
                Map.of("request_id", grant.requestId().toString())));
        return grant;
    }

    /** A link issued before the subject was erased exports nothing. */
    @Override
    @Transactional(readOnly = true)
    public ExportGrant openExport(String token) {
        ExportGrant grant = links.verify(token, clock.instant());
        erasures.findBySubjectHash(ErasureRequest.hashOf(grant.subjectId())).ifPresent(erased -> {
            throw nothingHeld(erased);
        });
        return grant;
    }

    /** Streaming: each holder writes as it reads, all from one snapshot of the database. */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void writeExport(ExportGrant grant, ExportArchive archive) {
        DataSubject subject = new DataSubject(
                grant.subjectId(), subjects.companyOf(grant.subjectId()).orElse(null), grant.companyOnly());
        List<PersonalDataHolder> holding = holdersOf(subject);
        archive.manifest(new ExportManifest(
                grant.subjectId(),
                grant.requestId(),
                clock.instant(),
                holding.stream()
                        .map(holder -> ExportManifest.Section.of(holder.section(), holder.processing()))
                        .toList(),
                ExportManifest.SOURCE,
                ExportManifest.RIGHTS));
        for (PersonalDataHolder holder : holding) {
            holder.export(subject, archive.section(holder.section()));
        }
        archive.finish();
    }

    @Override
    @Transactional
    public ErasureRequest erase(Actor actor, UUID subjectId) {
        // Serialises erasures of one subject: a second request waits, then finds the first's receipt.
        Optional<ErasureRequest> erased = erasures.lockAndFind(ErasureRequest.hashOf(subjectId));
        if (erased.isPresent()) {
            authorizeForErased(actor, erased.get(), "gdpr:erase");
            return erased.get();
        }
        DataSubject subject = authorize(actor, subjectId, "gdpr:erase");
        List<PersonalDataHolder> holding = holdersOf(subject);
        if (holding.isEmpty()) {
            throw notFound(subjectId);
        }
        Instant requestedAt = clock.instant();
        Map<String, Integer> erasedRecords = new LinkedHashMap<>();
        for (PersonalDataHolder holder : holding) {
            erasedRecords.put(holder.section(), holder.erase(subject));
        }
        boolean bySubject = actor.is(subjectId);
        ErasureRequest request = new ErasureRequest(
                UUID.randomUUID(),
                ErasureRequest.hashOf(subjectId),
                subject.companyUuid(),
                bySubject ? null : actor.userId(),
                bySubject,
                requestedAt,
                clock.instant(),
                erasedRecords);
        erasures.insert(request);
        events.publish(new GdprErasureCompletedIntegrationEvent(EventMetadata.next(clock), request.id(), subjectId));
        audit.record(new AuditEntry(
                "gdpr.erase",
                "success",
                bySubject ? null : actor.userId(),
                null,
                null,
                Map.of("request_id", request.id().toString())));
        return request;
    }

    /**
     * The subject itself, an admin of its company, or a superuser (who sees every company); for
     * anyone else the subject does not exist.
     */
    private DataSubject authorize(Actor actor, UUID subjectId, String permission) {
        Optional<UUID> company = subjects.companyOf(subjectId);
        boolean admin = actor.can(permission)
                && (actor.superuser() || (company.isPresent() && company.get().equals(actor.companyUuid())));
        if (!actor.is(subjectId) && !admin) {
            throw notFound(subjectId);
        }
        return new DataSubject(subjectId, company.orElse(null), !actor.is(subjectId) && !actor.superuser());
    }

    private static void authorizeForErased(Actor actor, ErasureRequest erased, String permission) {
        boolean admin = actor.can(permission)
                && (actor.superuser()
                        || (erased.companyUuid() != null && erased.companyUuid().equals(actor.companyUuid())));
        if (!admin) {
            throw new NotFoundException(SUBJECT_NOT_FOUND, "No such data subject");
        }
    }

    private List<PersonalDataHolder> holdersOf(DataSubject subject) {
        return holders.stream().filter(holder -> holder.holdsDataOf(subject)).toList();
    }

    private static NotFoundException notFound(UUID subjectId) {
        return new NotFoundException(SUBJECT_NOT_FOUND, "No data subject " + subjectId);
    }

    private static NotFoundException nothingHeld(ErasureRequest erased) {
        return new NotFoundException(
                NO_PERSONAL_DATA,
                "Nothing is held about this subject: it was erased at " + erased.completedAt() + " (receipt "
                        + erased.id() + ")");
    }

    /** manifest.json: what the export holds and the Art. 15 information for each section. */
    public record ExportManifest(
            UUID subjectId, UUID requestId, Instant generatedAt, List<Section> sections, String source, String rights) {

        static final String SOURCE =
                "Given by you or by staff of your company when your account or customer profile was made or "
                        + "changed; order figures come from the company's order system.";
        static final String RIGHTS =
                "You may have your data corrected (your account through PUT /api/v1/users/{id}, your profile "
                        + "through the company's staff), erased (POST /v1/customers/gdpr/erase), exported again, and you may object to or "
                        + "restrict its processing or complain to your data-protection supervisory authority.";

        public record Section(
                String name,
                String file,
                List<String> purposes,
                String legalBasis,
                List<String> categories,
                List<String> recipients,
                String retention) {

            static Section of(String name, ProcessingRecord processing) {
                return new Section(
                        name,
                        name + ".json",
                        processing.purposes(),
                        processing.legalBasis(),
                        processing.categories(),
                        processing.recipients(),
                        processing.retention());
            }
        }
    }
}
