-- Fraud detection (issue 11, point 7): the events the live-CDR detector raises, and the call block
-- it (or staff) puts on an account.

-- New calls of an account are refused while a row exists (owned by the trunk feature: it is what
-- the switch is told about an account, next to its limits and its suspension). Calls in progress
-- go on. The account stays ACTIVE: its users still sign in, pay and read their CDRs.
CREATE TABLE call_block (
    account_id uuid PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    tenant_id  uuid        NOT NULL REFERENCES tenant (id),
    reason     text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    blocked_by text        NOT NULL,
    blocked_at timestamptz NOT NULL
);

-- What the detector found and did. One OPEN event (cleared_at IS NULL) per account and metric: a
-- condition that persists keeps (or escalates) its event instead of opening another.
CREATE TABLE fraud_event (
    id          uuid PRIMARY KEY,
    tenant_id   uuid          NOT NULL REFERENCES tenant (id),
    account_id  uuid          NOT NULL REFERENCES account (id),
    metric      text          NOT NULL
        CHECK (metric IN ('SHORT_CALLS', 'CALLS_PER_MINUTE', 'CUSTOMER_SPEND', 'CARRIER_COST')),
    observed    numeric(24, 6) NOT NULL,
    threshold   numeric(24, 6) NOT NULL,
    sample      integer       NOT NULL CHECK (sample >= 0),
    action      text          NOT NULL CHECK (action IN ('ALERT', 'BLOCK', 'SUSPEND')),
    reason      text          NOT NULL,
    opened_at   timestamptz   NOT NULL,
    updated_at  timestamptz   NOT NULL,
    cleared_at  timestamptz,
    cleared_by  text,
    clear_note  text,
    CHECK ((cleared_at IS NULL) = (cleared_by IS NULL))
);
CREATE UNIQUE INDEX fraud_event_open ON fraud_event (account_id, metric) WHERE cleared_at IS NULL;
CREATE INDEX fraud_event_tenant_opened ON fraud_event (tenant_id, opened_at DESC);
