package com.customerplatform.platform.audit;

import com.customerplatform.gdpr.spi.DataSubject;
import com.customerplatform.gdpr.spi.PersonalDataHolder;
import com.customerplatform.gdpr.spi.ProcessingRecord;
import com.customerplatform.gdpr.spi.SectionWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit trail's share of GDPR rights. Entries stay after an erasure (what happened, when, with
 * which outcome: the platform's security record) but no longer name the subject or its address.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AuditTrailPersonalData implements PersonalDataHolder {

    private static final ProcessingRecord PROCESSING = new ProcessingRecord(
            List.of("Security and accountability: who signed in and who changed what"),
            "Legitimate interest in the platform's security (GDPR Art. 6(1)(f))",
            List.of("Actions you took or that were taken on your account, with time, outcome and client address"),
            List.of("The platform's operators"),
            "Kept as the platform's security record; on erasure the entries lose your id and address.");

    private static final String ABOUT = "actor_id = ? OR subject_id = ?";

    private final JdbcTemplate jdbc;

    AuditTrailPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "audit";
    }

    @Override
    public ProcessingRecord processing() {
        return PROCESSING;
    }

    @Override
    public Set<String> personalDataColumns() {
        return Set.of(
                "platform.audit_log.actor_id", "platform.audit_log.subject_id", "platform.audit_log.client_address");
    }

    @Override
    public boolean holdsDataOf(DataSubject subject) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM platform.audit_log WHERE " + ABOUT + ")",
                Boolean.class,
                subject.id(),
                subject.id()));
    }

    @Override
    public void export(DataSubject subject, SectionWriter section) {
        section.array(
                "entries",
                jdbc.queryForStream(
                        """
                SELECT occurred_at, action, outcome, actor_id = ? AS by_you, client_address, trace_id
                FROM platform.audit_log WHERE %s ORDER BY occurred_at, id""".formatted(ABOUT),
                        (row, index) -> Map.of(
                                "occurred_at",
                                        row.getTimestamp("occurred_at")
                                                .toInstant()
                                                .toString(),
                                "action", row.getString("action"),
                                "outcome", row.getString("outcome"),
                                "by_you", row.getBoolean("by_you"),
                                "client_address", String.valueOf(row.getString("client_address")),
                                "trace_id", String.valueOf(row.getString("trace_id"))),
                        subject.id(),
                        subject.id(),
                        subject.id()));
    }

    @Override
    public int erase(DataSubject subject) {
        return jdbc.update("""
                UPDATE platform.audit_log
                SET actor_id = CASE WHEN actor_id = ? THEN NULL ELSE actor_id END,
                    subject_id = CASE WHEN subject_id = ? THEN NULL ELSE subject_id END,
                    client_address = NULL
                WHERE %s""".formatted(ABOUT), subject.id(), subject.id(), subject.id(), subject.id());
    }
}
