--liquibase formatted sql

--changeset customer-platform:company-004-company-key-seq
CREATE SEQUENCE company.company_key_seq START WITH 1;
--rollback DROP SEQUENCE company.company_key_seq;
