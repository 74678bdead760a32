--liquibase formatted sql

--changeset customer-platform:customer-002-notes
CREATE TABLE customer.notes (
    id          UUID        NOT NULL CONSTRAINT notes_pk PRIMARY KEY,
    customer_id UUID        NOT NULL CONSTRAINT notes_customer_fk REFERENCES customer.customers (id) ON DELETE CASCADE,
    author_id   UUID        NOT NULL,
    body        TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX notes_customer_created_idx ON customer.notes (customer_id, created_at DESC, id);
CREATE INDEX notes_author_idx ON customer.notes (author_id);
--rollback DROP TABLE customer.notes;
