-- DIDs (issue 12, points 4 and 5): countries with their KYC requirements, the number inventory of
-- each tenant with its supplier and cost, and the sell-side DID price list.

-- Countries numbers are sold in: platform-wide, edited by super admins.
CREATE TABLE did_country (
    code        char(2) PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
    name        text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
    dial_code   text NOT NULL CHECK (dial_code ~ '^[1-9][0-9]{0,3}$'),
    updated_at  timestamptz NOT NULL
);

-- What a customer must prove before a number of a type in a country is activated. The provisioning
-- workflow (issue 12 point 6) and the KYC decision table read these rows.
CREATE TABLE did_country_requirement (
    country_code char(2) NOT NULL REFERENCES did_country (code) ON DELETE CASCADE,
    number_type  text NOT NULL CHECK (number_type IN ('GEOGRAPHIC', 'MOBILE', 'TOLL_FREE', 'NATIONAL')),
    document     text NOT NULL CHECK (document IN ('IDENTITY', 'PROOF_OF_ADDRESS', 'LOCAL_ADDRESS',
                                                   'BUSINESS_REGISTRATION', 'SERVICE_DESCRIPTION')),
    -- how old the document may be (proof of address: 90 days); null is any age
    max_age_days integer CHECK (max_age_days > 0),
    note         text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    PRIMARY KEY (country_code, number_type, document)
);

-- The numbers a tenant sells. Supplier (provider, provider_ref) and cost are staff-only.
-- States: AVAILABLE → RESERVED (an order holds it until reserved_until) → ACTIVE (an account has
-- it) → QUARANTINE (released; not sold again until quarantine_until) → AVAILABLE; RELEASED means
-- returned to the provider for good.
CREATE TABLE did_inventory (
    id               uuid PRIMARY KEY,
    tenant_id        uuid NOT NULL REFERENCES tenant (id),
    number           text COLLATE "C" NOT NULL CHECK (number ~ '^[1-9][0-9]{6,14}$'),
    country_code     char(2) NOT NULL REFERENCES did_country (code),
    area             text NOT NULL DEFAULT '' CHECK (length(area) <= 120),
    number_type      text NOT NULL CHECK (number_type IN ('GEOGRAPHIC', 'MOBILE', 'TOLL_FREE', 'NATIONAL')),
    provider         text NOT NULL CHECK (provider ~ '^[a-z0-9_-]{1,40}$'),
    provider_ref     text CHECK (length(provider_ref) <= 200),
    monthly_cost     numeric(24, 6) NOT NULL CHECK (monthly_cost >= 0),
    setup_cost       numeric(24, 6) NOT NULL CHECK (setup_cost >= 0),
    currency         char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    channels         integer NOT NULL DEFAULT 2 CHECK (channels BETWEEN 1 AND 10000),
    status           text NOT NULL CHECK (status IN ('AVAILABLE', 'RESERVED', 'ACTIVE', 'QUARANTINE', 'RELEASED')),
    account_id       uuid REFERENCES account (id),
    reserved_by      uuid REFERENCES account (id),
    reserved_until   timestamptz,
    quarantine_until timestamptz,
    import_id        uuid,
    version          integer NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    deleted_at       timestamptz,
    deleted_by       text,
    CONSTRAINT did_reserved_has_holder CHECK ((status = 'RESERVED') = (reserved_by IS NOT NULL AND reserved_until IS NOT NULL)),
    CONSTRAINT did_active_has_account CHECK (status <> 'ACTIVE' OR account_id IS NOT NULL),
    CONSTRAINT did_quarantine_has_end CHECK ((status = 'QUARANTINE') = (quarantine_until IS NOT NULL))
);
-- one live row per number and tenant
CREATE UNIQUE INDEX did_inventory_number_live ON did_inventory (tenant_id, number) WHERE deleted_at IS NULL;
-- search: the sellable numbers of a tenant by country and type, in number order (keyset paging)
CREATE INDEX did_inventory_search ON did_inventory (tenant_id, country_code, number_type, number)
    WHERE status = 'AVAILABLE' AND deleted_at IS NULL;
CREATE INDEX did_inventory_available ON did_inventory (tenant_id, number)
    WHERE status = 'AVAILABLE' AND deleted_at IS NULL;
-- the staff list filters by status
CREATE INDEX did_inventory_status ON did_inventory (tenant_id, status, number) WHERE deleted_at IS NULL;
CREATE INDEX did_inventory_account ON did_inventory (account_id) WHERE account_id IS NOT NULL;

-- Pattern and contains searches use trigrams when the server has pg_trgm (a trusted extension since
-- PostgreSQL 13); without it they stay correct and scan the (tenant, country, type) range instead.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXECUTE 'CREATE INDEX did_inventory_number_trgm ON did_inventory USING gin (number gin_trgm_ops) '
         || 'WHERE status = ''AVAILABLE'' AND deleted_at IS NULL';
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available (%); DID pattern search runs without a trigram index', SQLERRM;
END
$$;

-- One CSV import of inventory: who, when, how many rows.
CREATE TABLE did_import (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenant (id),
    provider    text NOT NULL,
    source_name text,
    rows_added  integer NOT NULL,
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL
);

-- The sell side: what a tenant charges for a number of a type in a country (and optionally an area).
-- Rows are never changed: a new price is a new row with a later effective_from.
CREATE TABLE did_price (
    id                 uuid PRIMARY KEY,
    tenant_id          uuid NOT NULL REFERENCES tenant (id),
    country_code       char(2) NOT NULL REFERENCES did_country (code),
    number_type        text NOT NULL CHECK (number_type IN ('GEOGRAPHIC', 'MOBILE', 'TOLL_FREE', 'NATIONAL')),
    -- '' is every area of the country
    area               text NOT NULL DEFAULT '' CHECK (length(area) <= 120),
    monthly_price      numeric(24, 6) NOT NULL CHECK (monthly_price >= 0),
    setup_price        numeric(24, 6) NOT NULL CHECK (setup_price >= 0),
    inbound_per_minute numeric(24, 6) NOT NULL CHECK (inbound_per_minute >= 0),
    currency           char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    effective_from     timestamptz NOT NULL,
    created_by         text NOT NULL,
    created_at         timestamptz NOT NULL,
    UNIQUE (tenant_id, country_code, number_type, area, effective_from)
);
CREATE INDEX did_price_lookup ON did_price (tenant_id, country_code, number_type, area, effective_from DESC);

INSERT INTO did_country (code, name, dial_code, updated_at) VALUES
    ('US', 'United States', '1', now()),
    ('CA', 'Canada', '1', now()),
    ('GB', 'United Kingdom', '44', now()),
    ('DE', 'Germany', '49', now()),
    ('FR', 'France', '33', now()),
    ('ES', 'Spain', '34', now()),
    ('IT', 'Italy', '39', now()),
    ('NL', 'Netherlands', '31', now()),
    ('BE', 'Belgium', '32', now()),
    ('CH', 'Switzerland', '41', now()),
    ('AT', 'Austria', '43', now()),
    ('PL', 'Poland', '48', now()),
    ('SE', 'Sweden', '46', now()),
    ('IE', 'Ireland', '353', now()),
    ('PT', 'Portugal', '351', now()),
    ('AU', 'Australia', '61', now()),
    ('BR', 'Brazil', '55', now()),
    ('MX', 'Mexico', '52', now()),
    ('ZA', 'South Africa', '27', now()),
    ('IL', 'Israel', '972', now());

-- Typical regulator rules (see docs/dids.md): a local address proven by a document at most 90 days
-- old for geographic numbers in much of Europe, identity for mobile numbers, a business
-- registration for toll-free numbers.
INSERT INTO did_country_requirement (country_code, number_type, document, max_age_days, note)
SELECT c, 'GEOGRAPHIC', 'PROOF_OF_ADDRESS', 90, 'An address in the number''s area, proven by a utility bill or bank statement at most 3 months old'
  FROM unnest(ARRAY['DE', 'FR', 'ES', 'IT', 'BE', 'AT', 'CH', 'PT', 'PL']) AS c;
INSERT INTO did_country_requirement (country_code, number_type, document, max_age_days, note)
SELECT c, 'GEOGRAPHIC', 'IDENTITY', NULL, 'Identity of the end user (person or company)'
  FROM unnest(ARRAY['DE', 'FR', 'ES', 'IT', 'BE', 'AT', 'CH', 'PT', 'PL', 'GB', 'IE', 'NL', 'SE', 'AU', 'BR', 'MX', 'ZA', 'IL']) AS c;
INSERT INTO did_country_requirement (country_code, number_type, document, max_age_days, note)
SELECT c, 'GEOGRAPHIC', 'LOCAL_ADDRESS', NULL, 'An address in the country'
  FROM unnest(ARRAY['GB', 'IE', 'NL', 'SE', 'AU']) AS c;
INSERT INTO did_country_requirement (country_code, number_type, document, max_age_days, note)
SELECT c, 'MOBILE', 'IDENTITY', NULL, 'Identity of the end user'
  FROM unnest(ARRAY['DE', 'FR', 'ES', 'IT', 'BE', 'AT', 'CH', 'PT', 'PL', 'GB', 'NL', 'SE', 'IE']) AS c;
INSERT INTO did_country_requirement (country_code, number_type, document, max_age_days, note)
SELECT c, 'TOLL_FREE', 'BUSINESS_REGISTRATION', NULL, 'A company registration extract'
  FROM unnest(ARRAY['DE', 'FR', 'ES', 'IT', 'BE', 'AT', 'CH', 'PT', 'PL', 'GB', 'IE', 'NL', 'SE', 'AU', 'BR', 'MX', 'ZA', 'IL']) AS c;
INSERT INTO did_country_requirement (country_code, number_type, document, max_age_days, note)
SELECT c, 'TOLL_FREE', 'SERVICE_DESCRIPTION', NULL, 'What the number is used for'
  FROM unnest(ARRAY['DE', 'FR', 'IT', 'AT']) AS c;
INSERT INTO did_country_requirement (country_code, number_type, document, max_age_days, note)
SELECT c, 'NATIONAL', 'IDENTITY', NULL, 'Identity of the end user'
  FROM unnest(ARRAY['DE', 'FR', 'ES', 'IT', 'GB']) AS c;

