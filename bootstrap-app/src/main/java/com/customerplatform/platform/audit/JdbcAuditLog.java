package com.customerplatform.platform.audit;

import com.customerplatform.sharedkernel.audit.AuditEntry;
import com.customerplatform.sharedkernel.audit.AuditLog;
import com.customerplatform.sharedkernel.trace.TraceContext;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail in {@code platform.audit_log}, written in its own transaction with the request's trace id. */
@Component
class JdbcAuditLog implements AuditLog {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    JdbcAuditLog(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditEntry entry) {
        jdbc.update(
                """
                INSERT INTO platform.audit_log (occurred_at, action, outcome, actor_id, subject_id, client_address, trace_id, details)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""",
                Timestamp.from(clock.instant()),
                entry.action(),
                entry.outcome(),
                entry.actorId(),
                entry.subjectId(),
                entry.clientAddress(),
                TraceContext.currentTraceId(),
                json.writeValueAsString(entry.details()));
    }
}
