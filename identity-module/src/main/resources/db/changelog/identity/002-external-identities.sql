--liquibase formatted sql

--changeset customer-platform:identity-002-password-optional
-- Accounts provisioned through an external provider have no password until an administrator sets one.
ALTER TABLE identity.user_account ALTER COLUMN password_hash DROP NOT NULL;
--rollback ALTER TABLE identity.user_account ALTER COLUMN password_hash SET NOT NULL;

--changeset customer-platform:identity-002-external-identity
CREATE TABLE identity.external_identity (
    id              BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT external_identity_pk PRIMARY KEY,
    user_id         BIGINT       NOT NULL CONSTRAINT external_identity_user_fk REFERENCES identity.user_account (id) ON DELETE CASCADE,
    provider        VARCHAR(50)  NOT NULL,
    subject         VARCHAR(255) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    linked_at       TIMESTAMPTZ  NOT NULL,
    last_sign_in_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT external_identity_subject_uq UNIQUE (provider, subject),
    CONSTRAINT external_identity_user_provider_uq UNIQUE (user_id, provider)
);
--rollback DROP TABLE identity.external_identity;
