package com.customerplatform.platform.messaging;

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
 * Events about the subject still waiting in the outbox (completed ones are deleted at once). An
 * erasure drops them first, before the modules publish the erasure's own events in the same
 * transaction: hence the highest precedence.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OutboxPersonalData implements PersonalDataHolder {

    private static final ProcessingRecord PROCESSING = new ProcessingRecord(
            List.of("Telling the business's other services about changes (at-least-once delivery)"),
            "The purposes of the data the events are about",
            List.of("Events about your account or profiles not yet delivered to the message broker"),
            List.of("The business's other services, through the message broker"),
            "Until the broker confirms delivery (normally seconds). Dropped on erasure.");

    /**
     * Events name their subject in {@code user_id} or {@code subject_id}; a pending event that only
     * mentions the uuid elsewhere (an admin's {@code requested_by}, say) is about someone else.
     */
    private static final String PENDING_ABOUT = "completion_date IS NULL AND serialized_event ~ "
            + "('\"(user_id|userId|subject_id|subjectId)\"\\s*:\\s*\"' || ? || '\"')";

    private final JdbcTemplate jdbc;

    OutboxPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "outbox";
    }

    @Override
    public ProcessingRecord processing() {
        return PROCESSING;
    }

    @Override
    public Set<String> personalDataColumns() {
        return Set.of("platform.event_publication.serialized_event");
    }

    @Override
    public boolean holdsDataOf(DataSubject subject) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM platform.event_publication WHERE " + PENDING_ABOUT + ")",
                Boolean.class,
                subject.id().toString()));
    }

    @Override
    public void export(DataSubject subject, SectionWriter section) {
        section.array(
                "pending_events",
                jdbc.queryForStream(
                        "SELECT event_type, publication_date FROM platform.event_publication WHERE " + PENDING_ABOUT
                                + " ORDER BY publication_date",
                        (row, index) -> Map.of(
                                "event_type",
                                row.getString("event_type"),
                                "published_at",
                                row.getTimestamp("publication_date").toInstant().toString()),
                        subject.id().toString()));
    }

    @Override
    public int erase(DataSubject subject) {
        return jdbc.update(
                "DELETE FROM platform.event_publication WHERE " + PENDING_ABOUT,
                subject.id().toString());
    }
}
