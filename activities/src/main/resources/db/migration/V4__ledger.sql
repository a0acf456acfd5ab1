-- DIDTron double-entry ledger (money core, part 1). See docs/ledger.md.
--
-- Sign convention: a posting's amount is positive for a DEBIT and negative for a CREDIT, so the
-- postings of every journal entry sum to zero in each currency. The database itself refuses an
-- entry that does not balance (a deferred constraint trigger checks it at commit) and refuses any
-- change or deletion of entries and postings: corrections are reversal entries.

-- Chart of accounts, per tenant. Control accounts (customer balances, carrier payables) hold no
-- postings themselves: each customer or carrier has a postable sub-account below its control account.
CREATE TABLE ledger_account (
    id               uuid PRIMARY KEY,
    tenant_id        uuid NOT NULL REFERENCES tenant (id),
    code             text NOT NULL CHECK (code ~ '^[0-9]{4}(-[0-9a-f]{12})?$'),
    name             text NOT NULL CHECK (length(trim(name)) > 0),
    type             text NOT NULL CHECK (type IN ('ASSET', 'LIABILITY', 'REVENUE', 'EXPENSE')),
    purpose          text NOT NULL CHECK (purpose IN ('CUSTOMER_BALANCE', 'CARRIER_PAYABLE', 'REVENUE',
                         'COST_OF_SALES', 'PAYMENT_CLEARING', 'PROMOTIONAL_CREDIT', 'FX_DIFFERENCES', 'TAX')),
    party_account_id uuid REFERENCES account (id),
    parent_id        uuid REFERENCES ledger_account (id),
    postable         boolean NOT NULL,
    created_at       timestamptz NOT NULL,
    UNIQUE (tenant_id, code),
    UNIQUE (id, tenant_id),
    -- a party's sub-account sits below a control account and is the only postable kind for its purpose
    CONSTRAINT party_sub_account CHECK (
        (party_account_id IS NULL) = (parent_id IS NULL)
        AND (party_account_id IS NULL OR postable)
        AND (purpose IN ('CUSTOMER_BALANCE', 'CARRIER_PAYABLE') OR party_account_id IS NULL)
        AND (purpose NOT IN ('CUSTOMER_BALANCE', 'CARRIER_PAYABLE') OR party_account_id IS NOT NULL OR NOT postable))
);
CREATE UNIQUE INDEX ledger_account_control ON ledger_account (tenant_id, purpose) WHERE party_account_id IS NULL;
CREATE UNIQUE INDEX ledger_account_party ON ledger_account (tenant_id, purpose, party_account_id)
    WHERE party_account_id IS NOT NULL;

-- Which table holds the source documents of each source type, so `didtron ledger verify` can find
-- entries whose source does not exist. Features that post entries register their table here in
-- their own migration (e.g. INSERT ... VALUES ('INVOICE', 'invoice', 'id')).
CREATE TABLE ledger_source_kind (
    source_type text PRIMARY KEY CHECK (source_type ~ '^[A-Z][A-Z_]{1,39}$'),
    table_name  text NOT NULL,
    id_column   text NOT NULL
);

-- The ledger's receipt of a rated CDR batch: the source document of its usage entries.
CREATE TABLE ledger_usage_batch (
    batch_id    uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenant (id),
    source      text NOT NULL,
    workflow_id text,
    charges     integer NOT NULL,
    received_at timestamptz NOT NULL
);

-- Manual adjustments by an admin (credit or charge with a mandatory reason).
CREATE TABLE ledger_adjustment (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenant (id),
    account_id  uuid NOT NULL REFERENCES account (id),
    direction   text NOT NULL CHECK (direction IN ('CREDIT', 'CHARGE')),
    amount      numeric(24, 6) NOT NULL CHECK (amount > 0),
    currency    char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    reason      text NOT NULL CHECK (length(trim(reason)) >= 3),
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL
);

INSERT INTO ledger_source_kind (source_type, table_name, id_column) VALUES
    ('CDR_BATCH', 'ledger_usage_batch', 'batch_id'),
    ('ADJUSTMENT', 'ledger_adjustment', 'id');

CREATE TABLE journal_entry (
    id                uuid PRIMARY KEY,
    entry_no          bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    tenant_id         uuid NOT NULL REFERENCES tenant (id),
    effective_date    date NOT NULL,
    posted_at         timestamptz NOT NULL,
    posted_by         text NOT NULL,
    description       text NOT NULL CHECK (length(trim(description)) > 0),
    source_type       text NOT NULL CHECK (source_type IN ('CDR_BATCH', 'PAYMENT', 'INVOICE',
                          'CREDIT_NOTE', 'NETTING', 'ADJUSTMENT')),
    source_id         text NOT NULL CHECK (length(source_id) > 0),
    workflow_id       text,
    idempotency_key   text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 300),
    reverses_entry_id uuid UNIQUE,
    UNIQUE (tenant_id, idempotency_key),
    UNIQUE (id, tenant_id),
    FOREIGN KEY (reverses_entry_id, tenant_id) REFERENCES journal_entry (id, tenant_id),
    CHECK (reverses_entry_id IS NULL OR reverses_entry_id <> id)
);
CREATE INDEX journal_entry_source ON journal_entry (tenant_id, source_type, source_id);
CREATE INDEX journal_entry_workflow ON journal_entry (workflow_id) WHERE workflow_id IS NOT NULL;
CREATE INDEX journal_entry_tenant_no ON journal_entry (tenant_id, entry_no DESC);

CREATE TABLE posting (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_id          uuid NOT NULL,
    tenant_id         uuid NOT NULL,
    ledger_account_id uuid NOT NULL,
    currency          char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    amount            numeric(24, 6) NOT NULL CHECK (amount <> 0),
    -- the rate of the posting's effective date into the tenant's base currency (1 in it), and the
    -- amount in the base currency; null when no rate was known at posting time
    fx_rate           numeric(24, 12) CHECK (fx_rate > 0),
    base_amount       numeric(24, 6),
    memo              text,
    FOREIGN KEY (entry_id, tenant_id) REFERENCES journal_entry (id, tenant_id),
    FOREIGN KEY (ledger_account_id, tenant_id) REFERENCES ledger_account (id, tenant_id),
    CHECK ((fx_rate IS NULL) = (base_amount IS NULL))
);
CREATE INDEX posting_entry ON posting (entry_id);
CREATE INDEX posting_account ON posting (ledger_account_id, id DESC);

-- Materialised balances: the sum of the postings per ledger account and currency, maintained by a
-- trigger in the same transaction as the posting. `didtron ledger verify` recomputes them.
CREATE TABLE ledger_balance (
    ledger_account_id uuid NOT NULL REFERENCES ledger_account (id),
    currency          char(3) NOT NULL,
    tenant_id         uuid NOT NULL,
    balance           numeric(24, 6) NOT NULL,
    postings          bigint NOT NULL,
    last_posting_id   bigint NOT NULL,
    PRIMARY KEY (ledger_account_id, currency)
);
CREATE INDEX ledger_balance_tenant ON ledger_balance (tenant_id);

-- Only postable accounts take postings; the balance follows every posting.
CREATE FUNCTION posting_applied() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT (SELECT postable FROM ledger_account WHERE id = NEW.ledger_account_id) THEN
        RAISE EXCEPTION 'ledger account % is a control account and takes no postings', NEW.ledger_account_id
            USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO ledger_balance AS b (ledger_account_id, currency, tenant_id, balance, postings, last_posting_id)
    VALUES (NEW.ledger_account_id, NEW.currency, NEW.tenant_id, NEW.amount, 1, NEW.id)
    ON CONFLICT (ledger_account_id, currency) DO UPDATE
        SET balance = b.balance + EXCLUDED.balance,
            postings = b.postings + 1,
            last_posting_id = greatest(b.last_posting_id, EXCLUDED.last_posting_id);
    RETURN NULL;
END $$;
CREATE TRIGGER posting_updates_balance AFTER INSERT ON posting
    FOR EACH ROW EXECUTE FUNCTION posting_applied();

-- At commit: every entry touched in the transaction has >= 2 postings summing to zero per currency.
CREATE FUNCTION journal_entry_check_balanced(entry uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    n integer;
    unbalanced record;
BEGIN
    SELECT count(*) INTO n FROM posting WHERE entry_id = entry;
    IF n < 2 THEN
        RAISE EXCEPTION 'journal entry % has % posting(s); an entry needs at least two', entry, n
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT currency, sum(amount) AS total INTO unbalanced
      FROM posting WHERE entry_id = entry GROUP BY currency HAVING sum(amount) <> 0 LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'journal entry % does not balance: its % postings sum to %', entry,
            unbalanced.currency, unbalanced.total USING ERRCODE = 'check_violation';
    END IF;
END $$;

CREATE FUNCTION journal_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM journal_entry_check_balanced(NEW.id);
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER journal_entry_must_balance AFTER INSERT ON journal_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_entry_balanced();

CREATE FUNCTION posting_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM journal_entry_check_balanced(NEW.entry_id);
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER posting_entry_must_balance AFTER INSERT ON posting
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION posting_entry_balanced();

-- Append-only: entries, postings, the usage receipts and adjustments are never changed or deleted.
CREATE FUNCTION ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused (post a reversal entry instead)', TG_TABLE_NAME, TG_OP;
END $$;
CREATE TRIGGER journal_entry_append_only BEFORE UPDATE OR DELETE ON journal_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();
CREATE TRIGGER journal_entry_no_truncate BEFORE TRUNCATE ON journal_entry
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_is_append_only();
CREATE TRIGGER posting_append_only BEFORE UPDATE OR DELETE ON posting
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();
CREATE TRIGGER posting_no_truncate BEFORE TRUNCATE ON posting
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_is_append_only();
CREATE TRIGGER ledger_usage_batch_append_only BEFORE UPDATE OR DELETE ON ledger_usage_batch
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();
CREATE TRIGGER ledger_adjustment_append_only BEFORE UPDATE OR DELETE ON ledger_adjustment
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();
