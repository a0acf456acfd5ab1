-- Payments: top-ups through Stripe, PayPal or by hand, and their refunds (money core, point 4).
-- The money itself moves in the ledger (source type PAYMENT); this table is the source document
-- and tracks the provider's side.
CREATE TABLE payment (
    id                   uuid PRIMARY KEY,
    tenant_id            uuid NOT NULL REFERENCES tenant (id),
    account_id           uuid NOT NULL REFERENCES account (id),
    provider             text NOT NULL CHECK (provider IN ('STRIPE', 'PAYPAL', 'MANUAL')),
    status               text NOT NULL CHECK (status IN ('PENDING', 'COMPLETED', 'FAILED', 'CANCELED', 'REFUNDED')),
    amount               numeric(24, 6) NOT NULL CHECK (amount > 0),
    currency             char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    provider_ref         text,   -- Stripe Checkout Session id, PayPal order id
    provider_payment_ref text,   -- Stripe PaymentIntent id, PayPal capture id
    checkout_url         text,
    reason               text,   -- why (mandatory for manual top-ups)
    created_by           text NOT NULL,
    created_at           timestamptz NOT NULL,
    completed_at         timestamptz,
    refunded_at          timestamptz,
    refund_reason        text,
    updated_at           timestamptz NOT NULL,
    UNIQUE (provider, provider_ref),
    CONSTRAINT manual_has_reason CHECK (provider <> 'MANUAL' OR length(trim(reason)) >= 3)
);
CREATE INDEX payment_account ON payment (account_id, created_at DESC);
CREATE INDEX payment_tenant ON payment (tenant_id, created_at DESC);

-- Every provider event (webhook) received, once: the event id makes a redelivery a no-op.
CREATE TABLE payment_event (
    provider    text NOT NULL,
    event_id    text NOT NULL,
    type        text NOT NULL,
    payment_id  uuid REFERENCES payment (id),
    outcome     text NOT NULL,
    received_at timestamptz NOT NULL,
    PRIMARY KEY (provider, event_id)
);

INSERT INTO ledger_source_kind (source_type, table_name, id_column) VALUES ('PAYMENT', 'payment', 'id');
