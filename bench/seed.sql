-- Bulk data for bench/run, generated inside PostgreSQL (no API, no client round trips):
-- :companies companies, :users_per_company users each (1 admin, 2 managers, 2 viewers, the rest
-- customers), :customers_per_company customer profiles each with a note and one or two of ten tags.
-- Every user's password hash is :'password_hash'; phones are valid Colombian mobiles (+57 300…). Names are pronounceable syllable strings, so a
-- search for a last name matches about 1 in 8,000 profiles, as a surname would.
\set ON_ERROR_STOP on
BEGIN;

CREATE FUNCTION pg_temp.word(n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT initcap(s[1 + n % 20] || s[1 + (n / 20) % 20] || s[1 + (n / 400) % 20])
    FROM (SELECT ARRAY['ka','lo','mi','ra','to','ne','sa','vi','du','pe','ri','go','la','ze','mo','ta','ni','be','so','fu'] AS s) AS syllables
$$;

INSERT INTO company.companies (uuid, company_id, name, business_name, document_type, document_number, status)
SELECT gen_random_uuid(), 'BENCH-' || lpad(c::text, 4, '0'), 'Bench company ' || c, 'Bench company ' || c || ' S.A.S.', 'NIT',
       'bench-' || c, 'active'
FROM generate_series(1, :companies) AS c;

CREATE TEMP TABLE bench_company AS
SELECT row_number() OVER (ORDER BY company_id) AS c, uuid, company_id FROM company.companies WHERE company_id LIKE 'BENCH-%';

INSERT INTO identity.user_account (uuid, unique_id, username, email, password_hash, first_name, last_name, role, is_active,
    company_id, date_joined, created_at, updated_at)
SELECT gen_random_uuid(), 'USER-' || nextval('identity.user_unique_id_seq'), 'bench_' || bc.c || '_' || u,
       'bench_' || bc.c || '_' || u || '@bench.example', :'password_hash', pg_temp.word(u * 7 + bc.c), pg_temp.word(u * 13 + bc.c),
       CASE WHEN u = 1 THEN 'admin' WHEN u <= 3 THEN 'manager' WHEN u <= 5 THEN 'viewer' ELSE 'customer' END,
       true, bc.company_id, now(), now(), now()
FROM bench_company bc, generate_series(1, :users_per_company) AS u;

INSERT INTO customer.tags (id, business_id, name, created_at)
SELECT gen_random_uuid(), bc.uuid, 'Tag ' || t, now() FROM bench_company bc, generate_series(1, 10) AS t;

-- The trigram indexes are built once after the bulk insert, not maintained row by row.
DROP INDEX customer.customers_full_name_trgm_idx, customer.customers_email_trgm_idx, customer.customers_phone_trgm_idx;

INSERT INTO customer.customers (id, user_id, business_id, full_name, email, phone, gender, created_at, updated_at)
SELECT gen_random_uuid(), NULL, bc.uuid, pg_temp.word(n) || ' ' || pg_temp.word(n / 20 + bc.c * 31),
       'client' || bc.c || '.' || n || '@mail.example', '+57300' || lpad(((bc.c * 1000 + n) % 10000000)::text, 7, '0'),
       (ARRAY['male', 'female', 'other', 'unspecified'])[1 + n % 4],
       now() - (n || ' minutes')::interval, now()
FROM bench_company bc, generate_series(1, :customers_per_company) AS n;

CREATE INDEX customers_full_name_trgm_idx ON customer.customers USING gin (lower(full_name) gin_trgm_ops);
CREATE INDEX customers_email_trgm_idx ON customer.customers USING gin (lower(email) gin_trgm_ops);
CREATE INDEX customers_phone_trgm_idx ON customer.customers USING gin (phone gin_trgm_ops);

INSERT INTO customer.notes (id, customer_id, author_id, body, created_at)
SELECT gen_random_uuid(), c.id, NULL, 'Called about the last order; prefers email.', c.created_at FROM customer.customers c
JOIN bench_company bc ON bc.uuid = c.business_id;

INSERT INTO customer.customer_tags (customer_id, tag_id)
SELECT c.id, t.id FROM customer.customers c JOIN customer.tags t ON t.business_id = c.business_id
WHERE t.name = 'Tag ' || (1 + abs(hashtext(c.id::text)) % 10) OR (t.name = 'Tag 1' AND abs(hashtext(c.id::text)) % 3 = 0)
ON CONFLICT DO NOTHING;

COMMIT;
ANALYZE;
