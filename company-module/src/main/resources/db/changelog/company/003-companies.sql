--liquibase formatted sql

--changeset customer-platform:company-003-companies
CREATE TABLE company.companies (
    id              BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT companies_pk PRIMARY KEY,
    uuid            UUID         NOT NULL CONSTRAINT companies_uuid_uq UNIQUE,
    company_id      VARCHAR(50)  NOT NULL CONSTRAINT companies_company_id_uq UNIQUE,
    name            VARCHAR(500) NOT NULL,
    business_name   VARCHAR(500),
    document_type   VARCHAR(30)  NOT NULL,
    document_number VARCHAR(100) NOT NULL CONSTRAINT companies_document_number_uq UNIQUE,
    status          VARCHAR(20)  NOT NULL DEFAULT 'active'
                    CONSTRAINT companies_status_ck CHECK (status IN ('active', 'inactive', 'suspended')),
    days_credit     INTEGER      NOT NULL DEFAULT 0 CONSTRAINT companies_days_credit_ck CHECK (days_credit >= 0),
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
--rollback DROP TABLE company.companies;
