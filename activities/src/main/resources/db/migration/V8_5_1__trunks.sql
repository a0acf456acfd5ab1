-- Trunks (interconnects), account limits, and the switch outbox (issue 11).
-- A carrier's egress trunks say where we send calls; a customer's ingress trunks say how the switch
-- recognises the customer (source IP/CIDR and/or SIP digest). The digest secret is kept only as
-- HA1 = md5(username:realm:password), as Kamailio's auth_db reads it with calculate_ha1=0.
CREATE TABLE trunk (
    id            uuid PRIMARY KEY,
    tenant_id     uuid NOT NULL REFERENCES tenant (id),
    account_id    uuid NOT NULL REFERENCES account (id),
    name          text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
    direction     text NOT NULL CHECK (direction IN ('INGRESS', 'EGRESS')),
    address       text CHECK (length(address) <= 300),
    -- an ingress trunk's source block, for the overlap check (null: digest only, or egress)
    source_net    inet,
    transport     text NOT NULL CHECK (transport IN ('UDP', 'TCP')),
    tech_prefix   text NOT NULL DEFAULT '' CHECK (tech_prefix ~ '^[0-9#*]{0,16}$'),
    strip         integer NOT NULL DEFAULT 0 CHECK (strip BETWEEN 0 AND 32),
    prepend       text NOT NULL DEFAULT '' CHECK (prepend ~ '^[0-9]{0,16}$'),
    max_channels  integer CHECK (max_channels >= 0),
    max_cps       integer CHECK (max_cps >= 0),
    codecs        text[] NOT NULL DEFAULT '{}',
    tier          text CHECK (tier IN ('STANDARD', 'PREMIUM')),
    digest_username text CHECK (digest_username ~ '^[A-Za-z0-9._-]{1,64}$'),
    digest_ha1    char(32) CHECK (digest_ha1 ~ '^[0-9a-f]{32}$'),
    status        text NOT NULL CHECK (status IN ('ACTIVE', 'DISABLED')),
    version       integer NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    deleted_at    timestamptz,
    deleted_by    text,
    CONSTRAINT trunk_egress_has_address CHECK (direction = 'INGRESS' OR (address IS NOT NULL AND source_net IS NULL)),
    CONSTRAINT trunk_tier_is_ingress CHECK ((direction = 'INGRESS') = (tier IS NOT NULL)),
    CONSTRAINT trunk_digest_is_ingress CHECK (direction = 'INGRESS' OR digest_username IS NULL),
    CONSTRAINT trunk_digest_complete CHECK ((digest_username IS NULL) = (digest_ha1 IS NULL)),
    CONSTRAINT trunk_ingress_identified CHECK (direction = 'EGRESS' OR address IS NOT NULL OR digest_username IS NOT NULL)
);
CREATE INDEX trunk_account ON trunk (account_id, name);
CREATE UNIQUE INDEX trunk_name_live ON trunk (account_id, lower(name)) WHERE deleted_at IS NULL;
-- one digest username identifies one trunk on the switch (the realm is platform-wide)
CREATE UNIQUE INDEX trunk_digest_username_live ON trunk (digest_username) WHERE deleted_at IS NULL;
CREATE INDEX trunk_source_net_live ON trunk USING gist (source_net inet_ops) WHERE deleted_at IS NULL;

-- Fraud and capacity limits per account; null is unlimited. Amounts in the account's currency.
CREATE TABLE account_limits (
    account_id          uuid PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    tenant_id           uuid NOT NULL REFERENCES tenant (id),
    max_channels        integer CHECK (max_channels >= 0),
    max_cps             integer CHECK (max_cps >= 0),
    daily_spend_cap     numeric(24, 6) CHECK (daily_spend_cap >= 0),
    max_rate_per_minute numeric(24, 6) CHECK (max_rate_per_minute >= 0),
    blocked_prefixes    text[] NOT NULL DEFAULT '{}',
    updated_at          timestamptz NOT NULL
);

-- The switch outbox: every change the switch must learn, written in the business transaction.
-- The sync workflow (not yet built) pushes rows in id order per account and sets pushed_at.
CREATE TABLE switch_change (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenant (id),
    account_id  uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    object_type text NOT NULL CHECK (object_type IN ('TRUNK', 'LIMITS', 'ACCOUNT_STATUS')),
    object_id   text NOT NULL,
    change      text NOT NULL CHECK (change IN ('UPSERT', 'DELETE')),
    created_at  timestamptz NOT NULL,
    pushed_at   timestamptz
);
CREATE INDEX switch_change_pending ON switch_change (account_id, id) WHERE pushed_at IS NULL;

INSERT INTO retention_policy (entity_type, retention_days, updated_at) VALUES ('trunk', 365, now());
