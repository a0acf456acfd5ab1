-- Rate cards: a customer's sell card or a carrier's buy card, in one currency, with versions.
-- Every version holds the whole deck (history included), so activation switches one pointer and
-- past versions stay for re-rating and audit. Entries are written and read with COPY.

CREATE TABLE rate_card (
    id                uuid PRIMARY KEY,
    tenant_id         uuid NOT NULL REFERENCES tenant (id),
    owner_account_id  uuid NOT NULL REFERENCES account (id),
    direction         text NOT NULL CHECK (direction IN ('SELL', 'BUY')),
    currency          char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    active_version_id uuid,
    version           integer NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    deleted_at        timestamptz,
    deleted_by        text
);
-- one live sell card per customer account and one live buy card per carrier
CREATE UNIQUE INDEX rate_card_owner_live ON rate_card (owner_account_id, direction)
    WHERE deleted_at IS NULL;
CREATE INDEX rate_card_tenant ON rate_card (tenant_id);

CREATE TABLE rate_card_version (
    id                   uuid PRIMARY KEY,
    card_id              uuid NOT NULL REFERENCES rate_card (id),
    number               integer NOT NULL CHECK (number >= 1),
    base_version_id      uuid REFERENCES rate_card_version (id),
    status               text NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'SUPERSEDED', 'DISCARDED')),
    mode                 text NOT NULL CHECK (mode IN ('ADD', 'REPLACE')),
    source_name          text NOT NULL,
    close_at             timestamptz,
    data_rows            bigint NOT NULL,
    error_rows           bigint NOT NULL,
    entries              bigint NOT NULL,
    new_rows             bigint NOT NULL,
    increased_rows       bigint NOT NULL,
    decreased_rows       bigint NOT NULL,
    unchanged_rows       bigint NOT NULL,
    closed_rows          bigint NOT NULL,
    withdrawn_rows       bigint NOT NULL,
    live_prefixes_before bigint NOT NULL,
    closed_prefixes      bigint NOT NULL,
    created_at           timestamptz NOT NULL,
    created_by           text NOT NULL,
    activated_at         timestamptz,
    activated_by         text,
    skipped_invalid      boolean NOT NULL DEFAULT false,
    UNIQUE (card_id, number)
);
CREATE UNIQUE INDEX rate_card_version_one_active ON rate_card_version (card_id)
    WHERE status = 'ACTIVE';
ALTER TABLE rate_card ADD CONSTRAINT rate_card_active_version
    FOREIGN KEY (active_version_id) REFERENCES rate_card_version (id);

-- prefix sorts bytewise (COLLATE "C") so `prefix LIKE '44%'` uses the primary key
CREATE TABLE rate_entry (
    version_id           uuid NOT NULL REFERENCES rate_card_version (id),
    prefix               text COLLATE "C" NOT NULL CHECK (prefix ~ '^[0-9]{1,32}$'),
    destination          text NOT NULL,
    rate                 numeric NOT NULL CHECK (rate >= 0),
    connect_fee          numeric NOT NULL CHECK (connect_fee >= 0),
    initial_increment    integer NOT NULL CHECK (initial_increment >= 1),
    subsequent_increment integer NOT NULL CHECK (subsequent_increment >= 1),
    effective_from       timestamptz NOT NULL,
    effective_to         timestamptz CHECK (effective_to IS NULL OR effective_to > effective_from),
    change_flag          text CHECK (change_flag IN ('NEW', 'INCREASE', 'DECREASE', 'UNCHANGED', 'CLOSED')),
    previous_rate        numeric,
    PRIMARY KEY (version_id, prefix, effective_from)
);

-- rows an import left out, with the line and reason
CREATE TABLE rate_import_error (
    version_id uuid NOT NULL REFERENCES rate_card_version (id),
    line       bigint NOT NULL,
    reason     text NOT NULL
);
CREATE INDEX rate_import_error_version ON rate_import_error (version_id, line);

-- which file column holds which canonical column, saved per card owner (carrier or customer)
CREATE TABLE rate_column_mapping (
    account_id uuid PRIMARY KEY REFERENCES account (id),
    tenant_id  uuid NOT NULL REFERENCES tenant (id),
    mapping    jsonb NOT NULL,
    updated_at timestamptz NOT NULL
);

-- manual exchange rates into the tenant's base currency (LCR compares carriers in one currency)
CREATE TABLE fx_manual_rate (
    tenant_id    uuid NOT NULL REFERENCES tenant (id),
    currency     char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    rate_to_base numeric NOT NULL CHECK (rate_to_base > 0),
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, currency)
);

-- An instant as ISO-8601 UTC text (2026-11-01T00:00:00Z; microseconds only when present), the
-- form the deck CSV reader accepts: entries are read back and exported as canonical CSV.
CREATE FUNCTION iso_utc(t timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN t IS NULL THEN NULL
        WHEN date_part('microseconds', t)::bigint % 1000000 = 0
            THEN to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
        ELSE to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
    END
$$;
