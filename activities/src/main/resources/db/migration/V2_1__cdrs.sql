-- CDR ingestion: files of CDRs (UI upload, API, inbox directory) are parsed, rated on both legs
-- with the active decks and stored with COPY in a table partitioned by month. (source, call_id) is
-- unique per tenant: the same CDR ingested twice is stored and charged once. Charges are summed
-- per account, leg and currency per batch and handed to the ledger through UsageChargeSink.

-- one ingested file
CREATE TABLE cdr_ingest (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenant (id),
    source      text NOT NULL CHECK (length(trim(source)) > 0),
    file_name   text NOT NULL,
    channel     text NOT NULL CHECK (channel IN ('UPLOAD', 'API', 'INBOX')),
    workflow_id text,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz,
    accepted    bigint NOT NULL DEFAULT 0,
    rated       bigint NOT NULL DEFAULT 0,
    unrated     bigint NOT NULL DEFAULT 0,
    duplicates  bigint NOT NULL DEFAULT 0,
    rejected    bigint NOT NULL DEFAULT 0,
    created_by  text NOT NULL
);
CREATE INDEX cdr_ingest_tenant ON cdr_ingest (tenant_id, started_at DESC);

-- the idempotency key: one row per CDR ever stored (a partitioned table cannot hold a unique
-- key without its partition column, so the key lives here)
CREATE TABLE cdr_key (
    tenant_id  uuid NOT NULL,
    source     text NOT NULL,
    call_id    text NOT NULL,
    start_time timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, source, call_id)
);

-- a batch of charges handed to the ledger: one per stored chunk of an ingest, or per re-rated chunk
CREATE TABLE usage_batch (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenant (id),
    kind        text NOT NULL CHECK (kind IN ('INGEST', 'RERATE')),
    ingest_id   uuid REFERENCES cdr_ingest (id),
    source      text NOT NULL,
    workflow_id text,
    cdrs        bigint NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX usage_batch_tenant ON usage_batch (tenant_id, created_at DESC);

CREATE TABLE usage_charge (
    batch_id         uuid NOT NULL REFERENCES usage_batch (id),
    account_id       uuid NOT NULL,
    leg              text NOT NULL CHECK (leg IN ('CUSTOMER', 'CARRIER')),
    currency         char(3) NOT NULL,
    amount           numeric(20, 6) NOT NULL,
    calls            bigint NOT NULL,
    billable_seconds bigint NOT NULL,
    PRIMARY KEY (batch_id, account_id, leg, currency)
);

CREATE TABLE cdr (
    tenant_id         uuid NOT NULL,
    source            text NOT NULL,
    call_id           text NOT NULL,
    batch_id          uuid NOT NULL,
    line              bigint,
    account_ref       text NOT NULL,
    carrier_ref       text NOT NULL,
    account_id        uuid,
    carrier_id        uuid,
    caller            text NOT NULL,
    callee            text NOT NULL,
    start_time        timestamptz NOT NULL,
    duration          numeric NOT NULL,
    status            text NOT NULL CHECK (status IN ('RATED', 'UNRATED')),
    reason            text,
    customer_prefix   text,
    customer_rate     numeric,
    customer_billable bigint,
    customer_cost     numeric(20, 6),
    customer_currency char(3),
    carrier_prefix    text,
    carrier_rate      numeric,
    carrier_billable  bigint,
    carrier_cost      numeric(20, 6),
    carrier_currency  char(3),
    margin            numeric(20, 6),
    rated_at          timestamptz NOT NULL
) PARTITION BY RANGE (start_time);
CREATE INDEX cdr_tenant_start ON cdr (tenant_id, start_time DESC);
CREATE INDEX cdr_account_start ON cdr (account_id, start_time DESC);
CREATE INDEX cdr_carrier_start ON cdr (carrier_id, start_time DESC);

-- lines of an ingested file that were not CDRs at all (wrong field count, bad time, ...)
CREATE TABLE cdr_reject (
    ingest_id uuid NOT NULL REFERENCES cdr_ingest (id),
    line      bigint NOT NULL,
    reason    text NOT NULL
);
CREATE INDEX cdr_reject_ingest ON cdr_reject (ingest_id, line);

-- Creates the month partition of cdr holding instant t (UTC months) unless it exists.
CREATE FUNCTION cdr_partition_for(t timestamptz) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    month_start timestamp := date_trunc('month', t AT TIME ZONE 'UTC');
    part        text := 'cdr_' || to_char(month_start, 'YYYY_MM');
BEGIN
    IF to_regclass(part) IS NULL THEN
        EXECUTE format('CREATE TABLE %I PARTITION OF cdr FOR VALUES FROM (%L) TO (%L)', part,
            month_start AT TIME ZONE 'UTC', (month_start + interval '1 month') AT TIME ZONE 'UTC');
    END IF;
    RETURN part;
END $$;
