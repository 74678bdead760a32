--liquibase formatted sql

-- The outbox: Spring Modulith's JDBC event publication registry, schema v2 for PostgreSQL as
-- shipped in spring-modulith-events-jdbc (org/springframework/modulith/events/jdbc/schemas/v2/
-- schema-postgresql.sql). Created here because schema auto-initialisation is switched off.

--changeset customer-platform:platform-001-event-publication
CREATE SCHEMA IF NOT EXISTS platform;
CREATE TABLE platform.event_publication
(
    id                     UUID NOT NULL,
    listener_id            TEXT NOT NULL,
    event_type             TEXT NOT NULL,
    serialized_event       TEXT NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE,
    CONSTRAINT event_publication_pk PRIMARY KEY (id)
);
CREATE INDEX event_publication_serialized_event_hash_idx ON platform.event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON platform.event_publication (completion_date);
--rollback DROP TABLE platform.event_publication;
