-- Issue 12, point 1: public sign-up per brand, customer categories and groups, product visibility.

-- A signed-up account waits in PENDING until it is approved; the switch refuses its calls (its
-- status is not ACTIVE) and credit control admits none.
ALTER TABLE account DROP CONSTRAINT account_status_check;
ALTER TABLE account ADD CONSTRAINT account_status_check
    CHECK (status IN ('PENDING', 'ACTIVE', 'SUSPENDED', 'CLOSED'));

-- Customer categories of a tenant (brand): the defaults an account of the category gets.
-- currency NULL: the tenant's base currency.
CREATE TABLE customer_category (
    id           uuid PRIMARY KEY,
    tenant_id    uuid           NOT NULL REFERENCES tenant (id),
    code         text           NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name         text           NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
    billing_mode text           NOT NULL CHECK (billing_mode IN ('PREPAID', 'POSTPAID')),
    credit_limit numeric(20, 6) NOT NULL DEFAULT 0 CHECK (credit_limit >= 0),
    currency     char(3)        CHECK (currency ~ '^[A-Z]{3}$'),
    self_signup  boolean        NOT NULL DEFAULT true,
    created_at   timestamptz    NOT NULL,
    updated_at   timestamptz    NOT NULL,
    CONSTRAINT category_prepaid_has_no_credit CHECK (billing_mode = 'POSTPAID' OR credit_limit = 0),
    UNIQUE (tenant_id, code)
);

CREATE TABLE customer_group (
    id          uuid PRIMARY KEY,
    tenant_id   uuid        NOT NULL REFERENCES tenant (id),
    category_id uuid        NOT NULL REFERENCES customer_category (id),
    code        text        NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
    name        text        NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    UNIQUE (category_id, code)
);

-- An account belongs to one category and optionally one group of that category.
CREATE TABLE account_segment (
    account_id  uuid PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    tenant_id   uuid        NOT NULL REFERENCES tenant (id),
    category_id uuid        NOT NULL REFERENCES customer_category (id),
    group_id    uuid        REFERENCES customer_group (id),
    updated_at  timestamptz NOT NULL
);
CREATE INDEX account_segment_category ON account_segment (category_id);
CREATE INDEX account_segment_group ON account_segment (group_id);

-- Who sees a product or portal feature. No row for a product in a tenant: everyone sees it.
-- Rows: visible to ALL, or to the named categories, groups or accounts (target_id).
CREATE TABLE product_visibility (
    id         uuid PRIMARY KEY,
    tenant_id  uuid        NOT NULL REFERENCES tenant (id),
    product    text        NOT NULL CHECK (product IN ('VOICE', 'LIVE_CALLS', 'DIDS', 'SIP_TESTER')),
    scope      text        NOT NULL CHECK (scope IN ('ALL', 'CATEGORY', 'GROUP', 'ACCOUNT')),
    target_id  uuid,
    created_at timestamptz NOT NULL,
    CHECK ((scope = 'ALL') = (target_id IS NULL))
);
CREATE UNIQUE INDEX product_visibility_unique
    ON product_visibility (tenant_id, product, scope, coalesce(target_id, '00000000-0000-0000-0000-000000000000'));

-- One sign-up: the account and user it created (PENDING, disabled), the hashed verification token.
CREATE TABLE signup (
    id               uuid PRIMARY KEY,
    tenant_id        uuid        NOT NULL REFERENCES tenant (id),
    account_id       uuid        REFERENCES account (id) ON DELETE CASCADE,
    user_id          uuid,
    email            text        NOT NULL,
    name             text        NOT NULL,
    country          char(2)     NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    category_id      uuid        NOT NULL REFERENCES customer_category (id),
    state            text        NOT NULL
        CHECK (state IN ('AWAITING_EMAIL', 'EMAIL_VERIFIED', 'PENDING_APPROVAL', 'APPROVED', 'REJECTED')),
    token_hash       text        UNIQUE,
    token_expires_at timestamptz,
    client_ip        text        NOT NULL,
    verified_at      timestamptz,
    decided_at       timestamptz,
    decided_by       text,
    decision_rule    text,
    reason           text CHECK (reason IS NULL OR length(reason) <= 500),
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX signup_tenant_state ON signup (tenant_id, state, created_at);
CREATE INDEX signup_ip_created ON signup (client_ip, created_at);

-- Default categories and groups of a brand (product map: SIP trunk, enterprise, call centre,
-- individual), and the SIP tester offered to business categories only.
CREATE FUNCTION seed_customer_segments(t uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    now_ts timestamptz := now();
BEGIN
    INSERT INTO customer_category (id, tenant_id, code, name, billing_mode, credit_limit, created_at, updated_at)
    VALUES (gen_random_uuid(), t, 'INDIVIDUAL', 'Individual', 'PREPAID', 0, now_ts, now_ts),
           (gen_random_uuid(), t, 'SMALL_BUSINESS', 'Small Business', 'PREPAID', 0, now_ts, now_ts),
           (gen_random_uuid(), t, 'ENTERPRISE', 'Enterprise', 'POSTPAID', 500, now_ts, now_ts),
           (gen_random_uuid(), t, 'WHOLESALER', 'Wholesaler', 'POSTPAID', 1000, now_ts, now_ts),
           (gen_random_uuid(), t, 'CALL_CENTER', 'Call Center', 'POSTPAID', 500, now_ts, now_ts)
    ON CONFLICT (tenant_id, code) DO NOTHING;
    INSERT INTO customer_group (id, tenant_id, category_id, code, name, created_at, updated_at)
    SELECT gen_random_uuid(), t, c.id, g.code, g.name, now_ts, now_ts
      FROM customer_category c
      JOIN (VALUES ('INDIVIDUAL', 'ind-basic', 'Basic'), ('INDIVIDUAL', 'ind-power', 'Power user'),
                   ('ENTERPRISE', 'ent-smb', 'SMB'), ('ENTERPRISE', 'ent-mid', 'Mid-market'),
                   ('ENTERPRISE', 'ent-large', 'Large'),
                   ('WHOLESALER', 'sip-standard', 'SIP standard'), ('WHOLESALER', 'sip-premium', 'SIP premium'),
                   ('CALL_CENTER', 'cc-inbound', 'Inbound'), ('CALL_CENTER', 'cc-outbound', 'Outbound'),
                   ('CALL_CENTER', 'cc-blended', 'Blended')) AS g (category, code, name)
        ON g.category = c.code
     WHERE c.tenant_id = t
    ON CONFLICT (category_id, code) DO NOTHING;
    INSERT INTO product_visibility (id, tenant_id, product, scope, target_id, created_at)
    SELECT gen_random_uuid(), t, 'SIP_TESTER', 'CATEGORY', c.id, now_ts
      FROM customer_category c
     WHERE c.tenant_id = t AND c.code IN ('ENTERPRISE', 'WHOLESALER', 'CALL_CENTER')
    ON CONFLICT DO NOTHING;
END $$;

CREATE FUNCTION seed_customer_segments_of_new_tenant() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM seed_customer_segments(NEW.id);
    RETURN NEW;
END $$;

CREATE TRIGGER tenant_seeds_customer_segments AFTER INSERT ON tenant
    FOR EACH ROW EXECUTE FUNCTION seed_customer_segments_of_new_tenant();

SELECT seed_customer_segments(id) FROM tenant;
