-- Billing terms, invoices by call period, invoice status, payment allocation, overdue blocks
-- (issue 9, points 8 and 9). See docs/settlement.md.

-- Per account: the semi-monthly cycle, the time zone billing periods are cut in, and the days after
-- issue an invoice is due (payment terms "30/15" = monthly cycle, due 15 days after issue).
ALTER TABLE account DROP CONSTRAINT account_billing_cycle_check;
ALTER TABLE account
    ADD CONSTRAINT account_billing_cycle_check
        CHECK (billing_cycle IN ('DAILY', 'WEEKLY', 'SEMI_MONTHLY', 'MONTHLY')),
    ADD COLUMN billing_time_zone text NOT NULL DEFAULT 'UTC' CHECK (length(billing_time_zone) > 0),
    ADD COLUMN payment_due_days integer NOT NULL DEFAULT 15
        CHECK (payment_due_days BETWEEN 0 AND 365);

-- A call belongs to the billing period containing its start time (in the account's zone): each
-- destination share of a usage batch is also split by that period (the instant the period starts).
-- NULL: a share written before periods were recorded (billed with its entry, by posting time).
ALTER TABLE usage_charge_destination ADD COLUMN period_start timestamptz;
ALTER TABLE usage_charge_destination DROP CONSTRAINT usage_charge_destination_pkey;
CREATE UNIQUE INDEX usage_charge_destination_key ON usage_charge_destination
    (batch_id, account_id, leg, currency, destination, coalesce(period_start, '-infinity'::timestamptz));
CREATE INDEX usage_charge_destination_period ON usage_charge_destination
    (account_id, leg, currency, period_start) WHERE period_start IS NOT NULL;

-- An invoice bills a usage entry whole (period_start NULL: a batch without call periods) or the part
-- of it whose calls started in one period; each part is billed once.
ALTER TABLE invoice_usage_entry ADD COLUMN period_start timestamptz;
ALTER TABLE invoice_usage_entry DROP CONSTRAINT invoice_usage_entry_pkey;
CREATE UNIQUE INDEX invoice_usage_entry_part ON invoice_usage_entry
    (journal_entry_id, coalesce(period_start, '-infinity'::timestamptz));

ALTER TABLE invoice_line DROP CONSTRAINT invoice_line_kind_check;
ALTER TABLE invoice_line ADD CONSTRAINT invoice_line_kind_check
    CHECK (kind IN ('USAGE', 'LATE_USAGE', 'DID_ACCRUAL'));

-- Invoice status and dates. Prepaid invoices are statements settled from funds: PAID at issue.
ALTER TABLE invoice
    ADD COLUMN time_zone  text NOT NULL DEFAULT 'UTC',
    ADD COLUMN issue_date date,
    ADD COLUMN due_date   date,
    ADD COLUMN status     text NOT NULL DEFAULT 'ISSUED'
        CHECK (status IN ('ISSUED', 'PAID', 'OVERDUE', 'CANCELLED')),
    ADD COLUMN paid       numeric(24, 6) NOT NULL DEFAULT 0 CHECK (paid >= 0);
UPDATE invoice SET issue_date = (issued_at AT TIME ZONE 'UTC')::date,
                   due_date = (issued_at AT TIME ZONE 'UTC')::date + 15,
                   status = CASE WHEN billing_mode = 'PREPAID' THEN 'PAID' ELSE 'ISSUED' END;
ALTER TABLE invoice ALTER COLUMN issue_date SET NOT NULL, ALTER COLUMN due_date SET NOT NULL,
    ADD CONSTRAINT invoice_due_after_issue CHECK (due_date >= issue_date);
CREATE INDEX invoice_open ON invoice (account_id, issue_date, seq) WHERE status IN ('ISSUED', 'OVERDUE');

-- Money received for invoices (in the account's currency) and how it settled them, oldest first.
CREATE TABLE payment_receipt (
    payment_id  uuid PRIMARY KEY REFERENCES payment (id),
    tenant_id   uuid NOT NULL REFERENCES tenant (id),
    account_id  uuid NOT NULL REFERENCES account (id),
    currency    char(3) NOT NULL,
    amount      numeric(24, 6) NOT NULL CHECK (amount > 0),
    received_at timestamptz NOT NULL
);
CREATE INDEX payment_receipt_account ON payment_receipt (account_id, received_at);

CREATE TABLE payment_allocation (
    id           uuid PRIMARY KEY,
    tenant_id    uuid NOT NULL REFERENCES tenant (id),
    payment_id   uuid NOT NULL REFERENCES payment_receipt (payment_id),
    invoice_id   uuid NOT NULL REFERENCES invoice (id),
    amount       numeric(24, 6) NOT NULL CHECK (amount > 0),
    allocated_at timestamptz NOT NULL
);
CREATE INDEX payment_allocation_payment ON payment_allocation (payment_id);
CREATE INDEX payment_allocation_invoice ON payment_allocation (invoice_id);

-- Accounts blocked on the switch (new calls refused), e.g. for an overdue invoice; lifted when paid.
CREATE TABLE account_block (
    id           uuid PRIMARY KEY,
    tenant_id    uuid NOT NULL REFERENCES tenant (id),
    account_id   uuid NOT NULL REFERENCES account (id),
    reason       text NOT NULL CHECK (reason IN ('OVERDUE')),
    invoice_id   uuid REFERENCES invoice (id),
    blocked_at   timestamptz NOT NULL,
    unblocked_at timestamptz,
    workflow_id  text
);
CREATE UNIQUE INDEX account_block_active ON account_block (account_id, invoice_id) WHERE unblocked_at IS NULL;
