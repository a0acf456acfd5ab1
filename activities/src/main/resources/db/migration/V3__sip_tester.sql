-- SIP tester: where each carrier takes test calls, campaigns and their runs, every test call's
-- result, OPTIONS probes, quality alerts and their delivery (webhook, email).
-- A carrier's SIP data goes with it when the retention purge removes the (long soft-deleted)
-- carrier account: ON DELETE CASCADE on the references to account.

-- The SIP address a carrier account takes test calls on (one per carrier).
CREATE TABLE carrier_sip_target (
    carrier_id     uuid PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    tenant_id      uuid NOT NULL REFERENCES tenant (id),
    host           text NOT NULL CHECK (host ~ '^[A-Za-z0-9.:-]+$'),
    port           integer NOT NULL DEFAULT 5060 CHECK (port BETWEEN 1 AND 65535),
    auth_user      text,
    auth_password  text,
    probe_number   text CHECK (probe_number ~ '^\+?[0-9]{2,20}$'),
    monitored      boolean NOT NULL DEFAULT true,
    version        integer NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    CONSTRAINT auth_user_and_password CHECK ((auth_user IS NULL) = (auth_password IS NULL))
);
CREATE INDEX carrier_sip_target_tenant ON carrier_sip_target (tenant_id);

-- A test campaign: destinations x carriers x calls per pair, paced by concurrency and calls per
-- second; one-off (cron NULL) or recurring (a Temporal cron workflow).
CREATE TABLE sip_campaign (
    id                   uuid PRIMARY KEY,
    tenant_id            uuid NOT NULL REFERENCES tenant (id),
    name                 text NOT NULL CHECK (length(trim(name)) > 0),
    destinations         text[] NOT NULL CHECK (cardinality(destinations) > 0),
    carrier_ids          uuid[] NOT NULL CHECK (cardinality(carrier_ids) > 0),
    calls_per_pair       integer NOT NULL CHECK (calls_per_pair BETWEEN 1 AND 1000),
    concurrency          integer NOT NULL CHECK (concurrency BETWEEN 1 AND 500),
    cps                  numeric(8, 2) NOT NULL CHECK (cps > 0 AND cps <= 500),
    hold_seconds         integer NOT NULL CHECK (hold_seconds BETWEEN 0 AND 3600),
    ring_timeout_seconds integer NOT NULL CHECK (ring_timeout_seconds BETWEEN 1 AND 300),
    cron                 text,
    status               text NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'STOPPED', 'FAILED')),
    workflow_id          text NOT NULL UNIQUE,
    created_by           text NOT NULL,
    version              integer NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL
);
CREATE INDEX sip_campaign_tenant ON sip_campaign (tenant_id, created_at DESC);

-- One execution of a campaign (a recurring campaign has one per cron firing).
CREATE TABLE sip_campaign_run (
    id              uuid PRIMARY KEY,
    campaign_id     uuid NOT NULL REFERENCES sip_campaign (id),
    tenant_id       uuid NOT NULL REFERENCES tenant (id),
    workflow_id     text NOT NULL,
    workflow_run_id text NOT NULL,
    planned         integer NOT NULL CHECK (planned >= 0),
    status          text NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'STOPPED', 'FAILED')),
    started_at      timestamptz NOT NULL,
    finished_at     timestamptz,
    UNIQUE (workflow_id, workflow_run_id)
);
CREATE INDEX sip_campaign_run_campaign ON sip_campaign_run (campaign_id, started_at DESC);

-- Every test call placed, by a campaign or by carrier monitoring. call_key makes placing idempotent.
CREATE TABLE sip_test_call (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id         uuid NOT NULL REFERENCES tenant (id),
    run_id            uuid REFERENCES sip_campaign_run (id),
    source            text NOT NULL CHECK (source IN ('CAMPAIGN', 'MONITOR')),
    call_key          text NOT NULL UNIQUE,
    carrier_id        uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    destination       text NOT NULL,
    started_at        timestamptz NOT NULL,
    result            text NOT NULL CHECK (result IN ('ANSWERED', 'BUSY', 'FAILED', 'NO_ANSWER', 'TIMEOUT')),
    sip_code          integer NOT NULL,
    reason            text,
    pdd_ms            integer,
    setup_ms          integer,
    duration_ms       integer NOT NULL DEFAULT 0,
    packets_sent      integer,
    packets_received  integer,
    loss_pct          numeric(6, 2),
    jitter_ms         numeric(9, 2),
    mos               numeric(3, 2),
    network_effective boolean NOT NULL,
    error             text,
    CONSTRAINT campaign_calls_have_a_run CHECK ((source = 'CAMPAIGN') = (run_id IS NOT NULL))
);
CREATE INDEX sip_test_call_run ON sip_test_call (run_id, id);
CREATE INDEX sip_test_call_carrier ON sip_test_call (carrier_id, started_at DESC);

-- OPTIONS keep-alive probes of monitored carriers.
CREATE TABLE sip_options_probe (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id  uuid NOT NULL REFERENCES tenant (id),
    carrier_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    probe_key  text NOT NULL UNIQUE,
    at         timestamptz NOT NULL,
    status     text NOT NULL CHECK (status IN ('OK', 'FAILED', 'TIMEOUT')),
    sip_code   integer NOT NULL,
    rtt_ms     integer,
    error      text
);
CREATE INDEX sip_options_probe_carrier ON sip_options_probe (carrier_id, at DESC);

-- Quality alerts per carrier. At most one open alert per carrier and kind: an alert is not raised
-- again while open; it clears when the reset threshold is met.
CREATE TABLE sip_alert (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenant (id),
    carrier_id  uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('ASR_LOW', 'PDD_HIGH', 'OPTIONS_DOWN')),
    severity    text NOT NULL CHECK (severity IN ('CRITICAL', 'MAJOR', 'MINOR')),
    status      text NOT NULL CHECK (status IN ('OPEN', 'CLEARED')),
    penalty_box boolean NOT NULL,
    rule        text NOT NULL,
    value       numeric(12, 2) NOT NULL,
    raised_at   timestamptz NOT NULL,
    cleared_at  timestamptz,
    cleared_rule text
);
CREATE UNIQUE INDEX sip_alert_one_open ON sip_alert (carrier_id, kind) WHERE status = 'OPEN';
CREATE INDEX sip_alert_tenant ON sip_alert (tenant_id, raised_at DESC);

-- Where a tenant's SIP alerts go: a webhook (each POST signed with HMAC-SHA256 of the body under
-- the secret) and an email address (through the email outbox). Without a row alerts are only stored.
CREATE TABLE sip_alert_settings (
    tenant_id      uuid PRIMARY KEY REFERENCES tenant (id),
    webhook_url    text CHECK (webhook_url ~ '^https?://'),
    webhook_secret text CHECK (length(webhook_secret) >= 16),
    email_to       text CHECK (email_to ~ '^[^@\s]+@[^@\s]+$'),
    version        integer NOT NULL DEFAULT 0,
    updated_at     timestamptz NOT NULL,
    CONSTRAINT webhook_needs_secret CHECK ((webhook_url IS NULL) = (webhook_secret IS NULL))
);

-- Each notification of an alert (raised or cleared) on each channel.
CREATE TABLE sip_alert_delivery (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    alert_id   uuid NOT NULL REFERENCES sip_alert (id) ON DELETE CASCADE,
    event      text NOT NULL CHECK (event IN ('RAISED', 'CLEARED')),
    channel    text NOT NULL CHECK (channel IN ('WEBHOOK', 'EMAIL')),
    status     text NOT NULL CHECK (status IN ('SENT', 'FAILED', 'QUEUED')),
    detail     text,
    at         timestamptz NOT NULL,
    UNIQUE (alert_id, event, channel)
);
