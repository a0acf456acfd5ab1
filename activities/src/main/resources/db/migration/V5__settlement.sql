-- Settlement (money core, part 2): invoicing cycle, credit notes, netting, disputes and supplier
-- reconciliation. See docs/settlement.md.

-- Per account: how often it is invoiced and the tax rate (percent) its invoices carry.
ALTER TABLE account
    ADD COLUMN billing_cycle text NOT NULL DEFAULT 'MONTHLY'
        CHECK (billing_cycle IN ('DAILY', 'WEEKLY', 'MONTHLY')),
    ADD COLUMN tax_rate numeric(7, 4) NOT NULL DEFAULT 0 CHECK (tax_rate >= 0 AND tax_rate < 100);

-- Gap-free document numbers per tenant and kind: the row is locked (SELECT ... FOR UPDATE) in the
-- transaction that stores the document and posts its entries, so a rolled back document gives its
-- number back and two concurrent documents queue for the next one.
CREATE TABLE document_counter (
    tenant_id  uuid NOT NULL REFERENCES tenant (id),
    kind       text NOT NULL CHECK (kind IN ('INVOICE', 'CREDIT_NOTE', 'NETTING')),
    last_value bigint NOT NULL CHECK (last_value >= 0),
    PRIMARY KEY (tenant_id, kind)
);

CREATE TABLE invoice (
    id            uuid PRIMARY KEY,
    tenant_id     uuid NOT NULL REFERENCES tenant (id),
    account_id    uuid NOT NULL REFERENCES account (id),
    seq           bigint NOT NULL CHECK (seq > 0),
    number        text NOT NULL,
    billing_cycle text NOT NULL,
    period_key    text NOT NULL,
    period_start  date NOT NULL,
    period_end    date NOT NULL,              -- exclusive
    closed_at     timestamptz NOT NULL,       -- usage posted before this instant is on the invoice
    billing_mode  text NOT NULL CHECK (billing_mode IN ('PREPAID', 'POSTPAID')),
    currency      char(3) NOT NULL,
    subtotal      numeric(24, 6) NOT NULL,
    tax_rate      numeric(7, 4) NOT NULL,
    tax           numeric(24, 6) NOT NULL,
    total         numeric(24, 6) NOT NULL,
    issued_at     timestamptz NOT NULL,
    workflow_id   text,
    pdf           bytea,
    emailed_at    timestamptz,
    UNIQUE (tenant_id, seq),
    UNIQUE (tenant_id, number),
    UNIQUE (account_id, period_key),           -- one invoice per account and period: exactly once
    CHECK (period_end > period_start),
    CHECK (total = subtotal + tax)
);
CREATE INDEX invoice_tenant_issued ON invoice (tenant_id, issued_at DESC);
CREATE INDEX invoice_account ON invoice (account_id, period_start DESC);

CREATE TABLE invoice_line (
    invoice_id       uuid NOT NULL REFERENCES invoice (id),
    line_no          integer NOT NULL,
    kind             text NOT NULL CHECK (kind IN ('USAGE', 'DID_ACCRUAL')),
    description      text NOT NULL,
    destination      text,
    calls            bigint,
    billable_seconds bigint,
    amount           numeric(24, 6) NOT NULL,
    PRIMARY KEY (invoice_id, line_no)
);

-- Which usage journal entries an invoice bills: each usage entry is billed by at most one invoice.
CREATE TABLE invoice_usage_entry (
    journal_entry_id uuid PRIMARY KEY REFERENCES journal_entry (id),
    invoice_id       uuid NOT NULL REFERENCES invoice (id)
);
CREATE INDEX invoice_usage_entry_invoice ON invoice_usage_entry (invoice_id);

CREATE TABLE credit_note (
    id            uuid PRIMARY KEY,
    tenant_id     uuid NOT NULL REFERENCES tenant (id),
    invoice_id    uuid NOT NULL REFERENCES invoice (id),
    account_id    uuid NOT NULL REFERENCES account (id),
    seq           bigint CHECK (seq > 0),      -- numbered when issued (approved)
    number        text,
    currency      char(3) NOT NULL,
    amount        numeric(24, 6) NOT NULL CHECK (amount > 0),   -- gross, tax included
    tax           numeric(24, 6) NOT NULL CHECK (tax >= 0),
    reason        text NOT NULL CHECK (length(trim(reason)) >= 3),
    status        text NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    created_by    text NOT NULL,
    created_at    timestamptz NOT NULL,
    reminders     integer NOT NULL DEFAULT 0,
    escalated_at  timestamptz,
    decided_by    text,
    decided_at    timestamptz,
    decision_note text,
    workflow_id   text,
    pdf           bytea,
    UNIQUE (tenant_id, seq),
    UNIQUE (tenant_id, number),
    CHECK ((status = 'APPROVED') = (seq IS NOT NULL))
);
CREATE INDEX credit_note_invoice ON credit_note (invoice_id);
CREATE INDEX credit_note_pending ON credit_note (tenant_id) WHERE status = 'PENDING';

-- An amount we dispute on a carrier's charges: held out of netting while OPEN.
CREATE TABLE dispute (
    id                uuid PRIMARY KEY,
    tenant_id         uuid NOT NULL REFERENCES tenant (id),
    account_id        uuid NOT NULL REFERENCES account (id),
    currency          char(3) NOT NULL,
    amount            numeric(24, 6) NOT NULL CHECK (amount > 0),
    reason            text NOT NULL CHECK (length(trim(reason)) >= 3),
    status            text NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    reconciliation_id uuid,
    opened_by         text NOT NULL,
    opened_at         timestamptz NOT NULL,
    closed_by         text,
    closed_at         timestamptz,
    resolution        text
);
CREATE INDEX dispute_open ON dispute (account_id, currency) WHERE status = 'OPEN';

CREATE TABLE netting_request (
    id              uuid PRIMARY KEY,
    tenant_id       uuid NOT NULL REFERENCES tenant (id),
    account_id      uuid NOT NULL REFERENCES account (id),
    currency        char(3) NOT NULL,
    period_key      text NOT NULL,
    customer_owes   numeric(24, 6) NOT NULL,   -- what the company owes us as a customer
    we_owe          numeric(24, 6) NOT NULL,   -- what we owe it as a carrier, disputes included
    disputed        numeric(24, 6) NOT NULL,   -- open disputes held out of we_owe
    offset_amount   numeric(24, 6) NOT NULL CHECK (offset_amount > 0),
    threshold       numeric(24, 6) NOT NULL,
    status          text NOT NULL CHECK (status IN ('PROPOSED', 'APPROVED', 'REJECTED')),
    seq             bigint,
    number          text,
    proposed_at     timestamptz NOT NULL,
    workflow_id     text,
    decided_by      text,
    decided_at      timestamptz,
    decision_note   text,
    pdf             bytea,
    UNIQUE (account_id, currency, period_key),
    UNIQUE (tenant_id, seq)
);
CREATE INDEX netting_request_tenant ON netting_request (tenant_id, proposed_at DESC);

-- An imported carrier invoice or CDR file and the comparison with our supplier-rated usage.
CREATE TABLE supplier_reconciliation (
    id            uuid PRIMARY KEY,
    tenant_id     uuid NOT NULL REFERENCES tenant (id),
    account_id    uuid NOT NULL REFERENCES account (id),
    file_name     text NOT NULL,
    currency      char(3) NOT NULL,
    period_start  date NOT NULL,
    period_end    date NOT NULL,
    their_minutes numeric(24, 6) NOT NULL,
    their_amount  numeric(24, 6) NOT NULL,
    our_minutes   numeric(24, 6) NOT NULL,
    our_amount    numeric(24, 6) NOT NULL,
    imported_by   text NOT NULL,
    imported_at   timestamptz NOT NULL
);

CREATE TABLE supplier_reconciliation_line (
    reconciliation_id uuid NOT NULL REFERENCES supplier_reconciliation (id),
    line_no           integer NOT NULL,
    level             text NOT NULL CHECK (level IN ('DAY', 'DESTINATION', 'CALL')),
    day               date NOT NULL,
    destination       text,
    call_id           text,
    their_minutes     numeric(24, 6) NOT NULL,
    their_amount      numeric(24, 6) NOT NULL,
    our_minutes       numeric(24, 6) NOT NULL,
    our_amount        numeric(24, 6) NOT NULL,
    PRIMARY KEY (reconciliation_id, line_no)
);

INSERT INTO ledger_source_kind (source_type, table_name, id_column) VALUES
    ('INVOICE', 'invoice', 'id'),
    ('CREDIT_NOTE', 'credit_note', 'id'),
    ('NETTING', 'netting_request', 'id');

