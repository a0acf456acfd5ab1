-- DID rental (issue 12 point 7): one row per number in service and day it was charged. Pay as you go:
-- the row is written in the same transaction as its ledger posting (customer debit, DID revenue credit,
-- idempotency key did-rental-<didId>-<day>); the invoice only lists these rows, it does not post them again.
CREATE TABLE did_accrual (
    id              uuid PRIMARY KEY,
    tenant_id       uuid NOT NULL REFERENCES tenant (id),
    account_id      uuid NOT NULL REFERENCES account (id),
    did_id          uuid NOT NULL REFERENCES did_inventory (id),
    -- the number as it was charged (a released number may later serve another account)
    number          text COLLATE "C" NOT NULL CHECK (number ~ '^[1-9][0-9]{6,14}$'),
    day             date NOT NULL,
    -- the monthly sell price in force that day, and the day's share of it (DailyRental.forDay)
    monthly_price   numeric(24, 6) NOT NULL CHECK (monthly_price >= 0),
    amount          numeric(24, 6) NOT NULL CHECK (amount >= 0),
    currency        char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    -- the ledger entry the day was posted as (null only when the amount is zero)
    ledger_entry_id uuid,
    created_at      timestamptz NOT NULL,
    -- exactly once per number and day, even when the daily run is repeated or runs twice at once
    UNIQUE (tenant_id, did_id, day)
);
-- the invoice's DID_ACCRUAL lines and the customer's "Daily charges" page
CREATE INDEX did_accrual_account_day ON did_accrual (tenant_id, account_id, day);

-- a day's rental is a journal entry of its own, sourced from its did_accrual row
ALTER TABLE journal_entry DROP CONSTRAINT journal_entry_source_type_check;
ALTER TABLE journal_entry
    ADD CONSTRAINT journal_entry_source_type_check
        CHECK (source_type IN ('CDR_BATCH', 'PAYMENT', 'INVOICE', 'CREDIT_NOTE', 'NETTING', 'ADJUSTMENT',
                               'DID_ACCRUAL'));
INSERT INTO ledger_source_kind (source_type, table_name, id_column) VALUES ('DID_ACCRUAL', 'did_accrual', 'id');
