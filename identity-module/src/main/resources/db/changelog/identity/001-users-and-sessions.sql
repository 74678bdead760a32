--liquibase formatted sql

--changeset customer-platform:identity-001-schema
CREATE SCHEMA IF NOT EXISTS identity;

--changeset customer-platform:identity-001-user-unique-id-seq
CREATE SEQUENCE identity.user_unique_id_seq START WITH 10000000 MAXVALUE 99999999;
--rollback DROP SEQUENCE identity.user_unique_id_seq;

--changeset customer-platform:identity-001-user-account
CREATE TABLE identity.user_account (
    id                       BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT user_account_pk PRIMARY KEY,
    uuid                     UUID         NOT NULL CONSTRAINT user_account_uuid_uq UNIQUE,
    unique_id                VARCHAR(20)  NOT NULL CONSTRAINT user_account_unique_id_uq UNIQUE,
    username                 VARCHAR(150) NOT NULL,
    email                    VARCHAR(254) NOT NULL,
    password_hash            VARCHAR(100) NOT NULL,
    first_name               VARCHAR(150),
    last_name                VARCHAR(150),
    phone                    VARCHAR(30),
    address                  VARCHAR(500),
    document_type            VARCHAR(30),
    number_document_identity VARCHAR(40),
    role                     VARCHAR(30)  NOT NULL,
    is_active                BOOLEAN      NOT NULL DEFAULT TRUE,
    is_staff                 BOOLEAN      NOT NULL DEFAULT FALSE,
    is_superuser             BOOLEAN      NOT NULL DEFAULT FALSE,
    company_id               VARCHAR(50),
    last_login               TIMESTAMPTZ,
    date_joined              TIMESTAMPTZ  NOT NULL,
    version                  BIGINT       NOT NULL DEFAULT 0,
    created_at               TIMESTAMPTZ  NOT NULL,
    updated_at               TIMESTAMPTZ  NOT NULL
);
/* [jooq ignore start] */
CREATE UNIQUE INDEX user_account_username_ci_uq ON identity.user_account (lower(username));
CREATE UNIQUE INDEX user_account_email_ci_uq ON identity.user_account (lower(email));
CREATE INDEX user_account_company_idx ON identity.user_account (company_id, created_at DESC);
/* [jooq ignore stop] */
--rollback DROP TABLE identity.user_account;

--changeset customer-platform:identity-001-user-session
CREATE TABLE identity.user_session (
    id         UUID        NOT NULL CONSTRAINT user_session_pk PRIMARY KEY,
    user_id    BIGINT      NOT NULL CONSTRAINT user_session_user_fk REFERENCES identity.user_account (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
);
CREATE INDEX user_session_user_idx ON identity.user_session (user_id);
--rollback DROP TABLE identity.user_session;

--changeset customer-platform:identity-001-refresh-token
CREATE TABLE identity.refresh_token (
    token_hash VARCHAR(64) NOT NULL CONSTRAINT refresh_token_pk PRIMARY KEY,
    session_id UUID        NOT NULL CONSTRAINT refresh_token_session_fk REFERENCES identity.user_session (id) ON DELETE CASCADE,
    issued_at  TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);
CREATE INDEX refresh_token_session_idx ON identity.refresh_token (session_id);
--rollback DROP TABLE identity.refresh_token;
