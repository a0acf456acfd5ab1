-- Know-your-customer (issue 12 point 2): one case per account, driven by its KycWorkflow
-- (id kyc-<accountId>), and the documents the account uploaded as proof (bytes in stored_file).
CREATE TABLE kyc_case (
    id                   uuid PRIMARY KEY,
    tenant_id            uuid NOT NULL REFERENCES tenant (id),
    account_id           uuid NOT NULL REFERENCES account (id),
    state                text NOT NULL DEFAULT 'NOT_STARTED'
        CHECK (state IN ('NOT_STARTED', 'IDENTITY_PENDING', 'DOCUMENTS_REQUIRED', 'IN_REVIEW',
                         'VERIFIED', 'REJECTED')),
    -- the Stripe Identity VerificationSession (vs_…), null when Stripe is not configured
    stripe_session_id    text UNIQUE CHECK (length(stripe_session_id) <= 255),
    identity_verified_at timestamptz,
    -- ISO 3166 alpha-2 the requirements are decided for
    country              text CHECK (country ~ '^[A-Z]{2}$'),
    reject_reason        text CHECK (length(reject_reason) <= 1000),
    workflow_id          text CHECK (length(workflow_id) <= 200),
    decided_by           text CHECK (length(decided_by) <= 200),
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    version              integer NOT NULL DEFAULT 0,
    CONSTRAINT kyc_case_one_per_account UNIQUE (account_id)
);
CREATE INDEX kyc_case_queue ON kyc_case (tenant_id, state, updated_at);

CREATE TABLE kyc_document (
    id             uuid PRIMARY KEY,
    tenant_id      uuid NOT NULL REFERENCES tenant (id),
    account_id     uuid NOT NULL REFERENCES account (id),
    kind           text NOT NULL
        CHECK (kind IN ('IDENTITY', 'PROOF_OF_ADDRESS', 'LOCAL_ADDRESS', 'BUSINESS_REGISTRATION',
                        'SERVICE_DESCRIPTION')),
    stored_file_id uuid NOT NULL REFERENCES stored_file (id),
    -- the date printed on a proof of address (its age is counted from it)
    issued_on      date,
    review_state   text NOT NULL DEFAULT 'PENDING' CHECK (review_state IN ('PENDING', 'APPROVED', 'REJECTED')),
    reviewed_by    text CHECK (length(reviewed_by) <= 200),
    reviewed_at    timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    deleted_at     timestamptz
);
CREATE INDEX kyc_document_account ON kyc_document (account_id, kind) WHERE deleted_at IS NULL;

-- Stripe Identity webhook events already applied (a redelivery changes nothing)
CREATE TABLE kyc_webhook_event (
    event_id    text PRIMARY KEY CHECK (length(event_id) <= 255),
    session_id  text NOT NULL,
    type        text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
