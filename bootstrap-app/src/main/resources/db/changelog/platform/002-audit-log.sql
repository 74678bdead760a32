--liquibase formatted sql

--changeset customer-platform:platform-002-audit-log
CREATE TABLE platform.audit_log (
    id             BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT audit_log_pk PRIMARY KEY,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    action         VARCHAR(100) NOT NULL,
    outcome        VARCHAR(30)  NOT NULL,
    actor_id       UUID,
    subject_id     UUID,
    client_address VARCHAR(64),
    trace_id       VARCHAR(128),
    details        JSONB        NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_subject_idx ON platform.audit_log (subject_id);
CREATE INDEX audit_log_actor_idx ON platform.audit_log (actor_id);
CREATE INDEX audit_log_occurred_idx ON platform.audit_log (occurred_at);
--rollback DROP TABLE platform.audit_log;
