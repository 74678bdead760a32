--liquibase formatted sql

--changeset customer-platform:customer-001-schema
CREATE SCHEMA IF NOT EXISTS customer;

--changeset customer-platform:customer-001-pg-trgm
/* [jooq ignore start] */
CREATE EXTENSION IF NOT EXISTS pg_trgm;
/* [jooq ignore stop] */

--changeset customer-platform:customer-001-customers
CREATE TABLE customer.customers (
    id             UUID          NOT NULL CONSTRAINT customers_pk PRIMARY KEY,
    user_id        UUID,
    business_id    UUID          NOT NULL,
    full_name      VARCHAR(200)  NOT NULL,
    email          VARCHAR(254),
    phone          VARCHAR(20),
    gender         VARCHAR(20)   NOT NULL DEFAULT 'unspecified'
                   CONSTRAINT customers_gender_ck CHECK (gender IN ('male', 'female', 'other', 'unspecified')),
    avatar_url     VARCHAR(500),
    total_orders   INTEGER       NOT NULL DEFAULT 0,
    lifetime_value NUMERIC(14, 2) NOT NULL DEFAULT 0,
    version        BIGINT        NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ   NOT NULL,
    updated_at     TIMESTAMPTZ   NOT NULL
);
/* [jooq ignore start] */
CREATE UNIQUE INDEX customers_business_user_uq ON customer.customers (business_id, user_id) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX customers_business_email_uq ON customer.customers (business_id, lower(email)) WHERE email IS NOT NULL;
CREATE INDEX customers_business_created_idx ON customer.customers (business_id, created_at DESC, id);
CREATE INDEX customers_user_idx ON customer.customers (user_id);
CREATE INDEX customers_full_name_trgm_idx ON customer.customers USING gin (lower(full_name) gin_trgm_ops);
CREATE INDEX customers_email_trgm_idx ON customer.customers USING gin (lower(email) gin_trgm_ops);
CREATE INDEX customers_phone_trgm_idx ON customer.customers USING gin (phone gin_trgm_ops);
/* [jooq ignore stop] */
--rollback DROP TABLE customer.customers;
