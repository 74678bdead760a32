--liquibase formatted sql

--changeset customer-platform:company-001-schema
CREATE SCHEMA IF NOT EXISTS company;

--changeset customer-platform:company-001-document-type
CREATE TABLE company.document_type (
    id              BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT document_type_pk PRIMARY KEY,
    code            VARCHAR(30)  NOT NULL CONSTRAINT document_type_code_uq UNIQUE,
    name            VARCHAR(255) NOT NULL,
    description     TEXT,
    country         CHAR(2),
    validation_rule VARCHAR(40)  NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
--rollback DROP TABLE company.document_type;
