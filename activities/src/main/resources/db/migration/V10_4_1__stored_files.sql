-- Every file the platform keeps (issue 12 point 3): KYC documents, rate decks, invoice / credit note /
-- statement PDFs. The bytes live in the file store (local directory or S3-compatible bucket) under
-- storage_key, which the platform makes up (never from user input); this row is the file's identity,
-- owner and checksum. Deleting soft-deletes the row; the retention purge removes object and row after
-- the period of retention_policy 'stored_file:<KIND>'.
CREATE TABLE stored_file (
    id            uuid PRIMARY KEY,
    tenant_id     uuid NOT NULL REFERENCES tenant (id),
    -- the owning account; null for the tenant's own (platform) files
    account_id    uuid REFERENCES account (id),
    kind          text NOT NULL CHECK (kind IN ('KYC_DOCUMENT', 'RATE_DECK', 'INVOICE_PDF',
                                                'CREDIT_NOTE_PDF', 'STATEMENT_PDF', 'OTHER')),
    original_name text NOT NULL CHECK (length(original_name) BETWEEN 1 AND 200),
    -- detected from the bytes, never taken from the client
    content_type  text NOT NULL CHECK (length(content_type) BETWEEN 1 AND 100),
    size_bytes    bigint NOT NULL CHECK (size_bytes >= 0),
    sha256        char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    storage_key   text NOT NULL UNIQUE CHECK (storage_key ~ '^[a-z0-9/_-]{1,200}$'),
    created_at    timestamptz NOT NULL,
    created_by    text NOT NULL,
    deleted_at    timestamptz,
    deleted_by    text
);
CREATE INDEX stored_file_account ON stored_file (account_id, created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX stored_file_deleted ON stored_file (kind, deleted_at) WHERE deleted_at IS NOT NULL;

-- Days a deleted file is kept before its object and row are purged.
INSERT INTO retention_policy (entity_type, retention_days, updated_at) VALUES
    ('stored_file:KYC_DOCUMENT', 1825, now()),
    ('stored_file:RATE_DECK', 365, now()),
    ('stored_file:INVOICE_PDF', 3650, now()),
    ('stored_file:CREDIT_NOTE_PDF', 3650, now()),
    ('stored_file:STATEMENT_PDF', 3650, now()),
    ('stored_file:OTHER', 90, now());

-- Invoice PDFs written from now on are stored files; invoices written before keep their bytea.
ALTER TABLE invoice ADD COLUMN pdf_file_id uuid REFERENCES stored_file (id);
