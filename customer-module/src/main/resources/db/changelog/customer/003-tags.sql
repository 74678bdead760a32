--liquibase formatted sql

--changeset customer-platform:customer-003-tags
CREATE TABLE customer.tags (
    id          UUID        NOT NULL CONSTRAINT tags_pk PRIMARY KEY,
    business_id UUID        NOT NULL,
    name        VARCHAR(50) NOT NULL,
    color       VARCHAR(7),
    created_at  TIMESTAMPTZ NOT NULL
);
/* [jooq ignore start] */
CREATE UNIQUE INDEX tags_business_name_uq ON customer.tags (business_id, lower(name));
/* [jooq ignore stop] */
--rollback DROP TABLE customer.tags;

--changeset customer-platform:customer-003-customer-tags
CREATE TABLE customer.customer_tags (
    customer_id UUID NOT NULL CONSTRAINT customer_tags_customer_fk REFERENCES customer.customers (id) ON DELETE CASCADE,
    tag_id      UUID NOT NULL CONSTRAINT customer_tags_tag_fk REFERENCES customer.tags (id) ON DELETE CASCADE,
    CONSTRAINT customer_tags_pk PRIMARY KEY (customer_id, tag_id)
);
CREATE INDEX customer_tags_tag_idx ON customer.customer_tags (tag_id);
--rollback DROP TABLE customer.customer_tags;
