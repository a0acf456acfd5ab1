-- Prepaid/postpaid balance alerts and the email outbox (money core, parts 2–3).

-- Alert state per customer account: an alert is sent once when the balance crosses its threshold
-- and re-armed (cycle + 1) only when the balance climbs back above the low threshold.
CREATE TABLE balance_alert_state (
    account_id    uuid PRIMARY KEY REFERENCES account (id),
    tenant_id     uuid NOT NULL REFERENCES tenant (id),
    low_threshold numeric(24, 6) CHECK (low_threshold >= 0),  -- null: the platform default
    cycle         integer NOT NULL DEFAULT 0,
    low_sent_at   timestamptz,
    zero_sent_at  timestamptz,
    updated_at    timestamptz NOT NULL
);

-- Emails waiting to be delivered (or delivered). Enqueued in the transaction of the business change;
-- a dedup key makes a repeated enqueue (a retried batch, a second alert) a no-op.
CREATE TABLE email_outbox (
    id              uuid PRIMARY KEY,
    tenant_id       uuid REFERENCES tenant (id),
    dedup_key       text NOT NULL UNIQUE CHECK (length(dedup_key) BETWEEN 1 AND 300),
    kind            text NOT NULL,
    to_address      text NOT NULL CHECK (to_address ~ '^[^@\s]+@[^@\s]+$'),
    to_name         text,
    subject         text NOT NULL,
    html_body       text NOT NULL,
    text_body       text NOT NULL,
    status          text NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        integer NOT NULL DEFAULT 0,
    last_error      text,
    next_attempt_at timestamptz NOT NULL,
    provider_id     text,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz
);
CREATE INDEX email_outbox_due ON email_outbox (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX email_outbox_created ON email_outbox (created_at DESC);
