-- Settlement meets the rated CDRs (integration of rating, money and settle).
-- Invoices bill usage per destination and supplier reconciliation compares per destination and
-- call, so a rated CDR keeps the destination names of the deck entries that priced its legs, and
-- every usage batch keeps its charges per destination as well: exactly what the batch's ledger
-- entries are made of (a re-rating batch holds its differences per destination), so invoice lines
-- built from them always add up to the usage entries they bill.

ALTER TABLE cdr
    ADD COLUMN customer_destination text,
    ADD COLUMN carrier_destination  text;

CREATE TABLE usage_charge_destination (
    batch_id         uuid NOT NULL REFERENCES usage_batch (id),
    account_id       uuid NOT NULL,
    leg              text NOT NULL CHECK (leg IN ('CUSTOMER', 'CARRIER')),
    currency         char(3) NOT NULL,
    destination      text NOT NULL,
    amount           numeric(20, 6) NOT NULL,
    calls            bigint NOT NULL,
    billable_seconds bigint NOT NULL,
    PRIMARY KEY (batch_id, account_id, leg, currency, destination)
);
