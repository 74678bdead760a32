--liquibase formatted sql

--changeset customer-platform:customer-005-erasable-note-authors
-- A note outlives its author's erasure (it is about the customer, not the author): the author
-- reference is then removed.
ALTER TABLE customer.notes ALTER COLUMN author_id DROP NOT NULL;
--rollback ALTER TABLE customer.notes ALTER COLUMN author_id SET NOT NULL;
