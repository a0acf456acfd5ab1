-- Buying numbers (issue 12 points 5 and 6): an order of one account for one or more numbers, and
-- its items. The provisioning workflow (did-order-<id>) moves the order through its states:
-- REQUESTED → PROVISIONING → ACTIVE, or on a failed step FAILED (nothing was done) / COMPENSATED
-- (steps done were undone: provider release, setup fee reversed, reservation freed).
CREATE TABLE did_order (
    id                   uuid PRIMARY KEY,
    tenant_id            uuid NOT NULL REFERENCES tenant (id),
    account_id           uuid NOT NULL REFERENCES account (id),
    state                text NOT NULL CHECK (state IN ('REQUESTED', 'PROVISIONING', 'ACTIVE', 'FAILED', 'COMPENSATED')),
    destination_uri      text NOT NULL CHECK (length(destination_uri) BETWEEN 5 AND 300),
    failover_uri         text CHECK (length(failover_uri) <= 300),
    ring_timeout_seconds integer NOT NULL DEFAULT 30 CHECK (ring_timeout_seconds BETWEEN 5 AND 300),
    requested_by         text NOT NULL CHECK (length(requested_by) BETWEEN 1 AND 200),
    workflow_id          text NOT NULL CHECK (length(workflow_id) <= 200),
    failure_reason       text CHECK (length(failure_reason) <= 1000),
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    CONSTRAINT did_order_failure_has_reason
        CHECK (state NOT IN ('FAILED', 'COMPENSATED') OR failure_reason IS NOT NULL)
);
CREATE INDEX did_order_account ON did_order (tenant_id, account_id, created_at DESC);
CREATE INDEX did_order_state ON did_order (tenant_id, state, created_at DESC);

CREATE TABLE did_order_item (
    id                     uuid PRIMARY KEY,
    order_id               uuid NOT NULL REFERENCES did_order (id),
    did_id                 uuid NOT NULL REFERENCES did_inventory (id),
    number                 text COLLATE "C" NOT NULL CHECK (number ~ '^[1-9][0-9]{6,14}$'),
    setup_price            numeric(24, 6) NOT NULL CHECK (setup_price >= 0),
    monthly_price          numeric(24, 6) NOT NULL CHECK (monthly_price >= 0),
    currency               char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    state                  text NOT NULL CHECK (state IN ('RESERVED', 'CHARGED', 'ORDERED', 'ACTIVE', 'FAILED', 'COMPENSATED')),
    -- the ledger entry of the setup fee (idempotency key did-setup-<item id>); null until charged
    setup_ledger_entry_ref text CHECK (length(setup_ledger_entry_ref) <= 200),
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    UNIQUE (order_id, did_id)
);
CREATE INDEX did_order_item_did ON did_order_item (did_id);

-- which order holds a RESERVED number (reserved_by is the account); the sweep frees reservations
-- whose reserved_until passed
ALTER TABLE did_inventory ADD COLUMN reserved_order_id uuid;
CREATE INDEX did_inventory_reserved_until ON did_inventory (reserved_until) WHERE status = 'RESERVED';
