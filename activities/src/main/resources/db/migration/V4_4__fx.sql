-- FX rates (money core, point 5): daily rates from Open Exchange Rates cached here (USD-based, as
-- OXR publishes them), and manual override rates per tenant that win over the published ones.
CREATE TABLE fx_rate (
    day        date NOT NULL,
    currency   char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    per_usd    numeric(24, 12) NOT NULL CHECK (per_usd > 0),  -- units of currency for 1 USD
    source     text NOT NULL,
    fetched_at timestamptz NOT NULL,
    PRIMARY KEY (day, currency)
);

-- 1 unit of base_currency = rate units of quote_currency, from valid_from until a later override.
CREATE TABLE fx_rate_override (
    id             uuid PRIMARY KEY,
    tenant_id      uuid NOT NULL REFERENCES tenant (id),
    base_currency  char(3) NOT NULL CHECK (base_currency ~ '^[A-Z]{3}$'),
    quote_currency char(3) NOT NULL CHECK (quote_currency ~ '^[A-Z]{3}$'),
    valid_from     date NOT NULL,
    rate           numeric(24, 12) NOT NULL CHECK (rate > 0),
    reason         text NOT NULL CHECK (length(trim(reason)) >= 3),
    created_by     text NOT NULL,
    created_at     timestamptz NOT NULL,
    CHECK (base_currency <> quote_currency),
    UNIQUE (tenant_id, base_currency, quote_currency, valid_from)
);
