--liquibase formatted sql

--changeset customer-platform:company-002-document-type-catalogue
/* [jooq ignore start] */
INSERT INTO company.document_type (code, name, description, country, validation_rule) VALUES
    ('CC',       'Cédula de Ciudadanía',  'Documento de identidad para ciudadanos colombianos mayores de edad', 'CO', 'CO_CEDULA_CIUDADANIA'),
    ('CE',       'Cédula de Extranjería', 'Documento de identidad para extranjeros residentes en Colombia',     'CO', 'CO_CEDULA_EXTRANJERIA'),
    ('TI',       'Tarjeta de Identidad',  'Documento de identidad para colombianos de 7 a 17 años',             'CO', 'CO_TARJETA_IDENTIDAD'),
    ('NIT',      'Número de Identificación Tributaria', 'Identificación tributaria de la DIAN, con dígito de verificación', 'CO', 'CO_NIT'),
    ('RUT',      'Registro Único Tributario', 'Registro tributario de la DIAN; usa el NIT con dígito de verificación', 'CO', 'CO_NIT'),
    ('PASSPORT', 'Passport',              'Travel document issued by any country (ICAO 9303 document number)', NULL, 'PASSPORT'),
    ('ES_DNI',   'Documento Nacional de Identidad', 'Spanish national identity document', 'ES', 'ES_DNI'),
    ('ES_NIE',   'Número de Identidad de Extranjero', 'Spanish foreigner identity number', 'ES', 'ES_NIE'),
    ('BR_CPF',   'Cadastro de Pessoas Físicas', 'Brazilian individual taxpayer registry number', 'BR', 'BR_CPF'),
    ('CL_RUT',   'Rol Único Tributario',  'Chilean national tax and identity number', 'CL', 'CL_RUT'),
    ('RO_CNP',   'Cod Numeric Personal',  'Romanian personal numeric code', 'RO', 'RO_CNP');
/* [jooq ignore stop] */
--rollback DELETE FROM company.document_type WHERE code IN ('CC','CE','TI','NIT','RUT','PASSPORT','ES_DNI','ES_NIE','BR_CPF','CL_RUT','RO_CNP');
