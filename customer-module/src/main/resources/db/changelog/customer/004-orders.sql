--liquibase formatted sql

--changeset customer-platform:customer-004-order-history
-- Totals the order events add up to, kept on the profile so lists and stats read one row.
ALTER TABLE customer.customers
    ADD COLUMN returned_orders  INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN first_order_date DATE,
    ADD COLUMN last_order_date  DATE;

-- One row per order of another bounded context; totals are recomputed from these, so events may
-- arrive in any order (a return before its completion) and partial returns add up.
CREATE TABLE customer.orders (
    customer_id     UUID           NOT NULL CONSTRAINT orders_customer_fk REFERENCES customer.customers (id) ON DELETE CASCADE,
    order_id        VARCHAR(100)   NOT NULL,
    total_amount    NUMERIC(14, 2) NOT NULL DEFAULT 0,
    completed_at    TIMESTAMPTZ,
    returned_amount NUMERIC(14, 2) NOT NULL DEFAULT 0,
    returned_at     TIMESTAMPTZ,
    CONSTRAINT orders_pk PRIMARY KEY (customer_id, order_id)
);
--rollback DROP TABLE customer.orders; ALTER TABLE customer.customers DROP COLUMN returned_orders, DROP COLUMN first_order_date, DROP COLUMN last_order_date;

--changeset customer-platform:customer-004-processed-messages
-- The consumer's inbox: ids of the messages already applied, so a redelivery changes nothing.
CREATE TABLE customer.processed_messages (
    message_id   UUID        NOT NULL CONSTRAINT processed_messages_pk PRIMARY KEY,
    processed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX processed_messages_processed_at_idx ON customer.processed_messages (processed_at);
--rollback DROP TABLE customer.processed_messages;
