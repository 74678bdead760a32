--liquibase formatted sql

--changeset customer-platform:gdpr-001-schema
CREATE SCHEMA IF NOT EXISTS gdpr;

--changeset customer-platform:gdpr-001-erasure-requests
-- The receipt of each erasure, free of personal data: the subject only as a SHA-256 hash of its
-- uuid (to answer a repeated request with the same receipt), who asked, and what was erased.
CREATE TABLE gdpr.erasure_requests (
    id                   UUID        NOT NULL CONSTRAINT erasure_requests_pk PRIMARY KEY,
    subject_hash         CHAR(64)    NOT NULL CONSTRAINT erasure_requests_subject_uq UNIQUE,
    company_uuid         UUID,
    requested_by         UUID,
    requested_by_subject BOOLEAN     NOT NULL,
    requested_at         TIMESTAMPTZ NOT NULL,
    completed_at         TIMESTAMPTZ NOT NULL,
    erased_records       JSONB       NOT NULL
);
--rollback DROP TABLE gdpr.erasure_requests;
