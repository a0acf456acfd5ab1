-- DIDTron foundation schema: tenants (white-label brands), users and roles, accounts,
-- audit log, soft delete with retention per entity type, and DIDTron's own index of workflows.

CREATE TABLE tenant (
    id            uuid PRIMARY KEY,
    code          text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
    name          text NOT NULL CHECK (length(trim(name)) > 0),
    base_currency char(3) NOT NULL DEFAULT 'USD' CHECK (base_currency ~ '^[A-Z]{3}$'),
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    deleted_at    timestamptz,
    deleted_by    text
);
CREATE UNIQUE INDEX tenant_code_live ON tenant (code) WHERE deleted_at IS NULL;

CREATE TABLE account (
    id            uuid PRIMARY KEY,
    tenant_id     uuid NOT NULL REFERENCES tenant (id),
    name          text NOT NULL CHECK (length(trim(name)) > 0),
    kind          text NOT NULL CHECK (kind IN ('CUSTOMER', 'CARRIER', 'BOTH')),
    currency      char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    billing_mode  text NOT NULL CHECK (billing_mode IN ('PREPAID', 'POSTPAID')),
    credit_limit  numeric(20, 6) NOT NULL DEFAULT 0 CHECK (credit_limit >= 0),
    status        text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'CLOSED')),
    email         text,
    version       integer NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    deleted_at    timestamptz,
    deleted_by    text,
    -- prepaid accounts have no credit: calls stop at zero
    CONSTRAINT prepaid_has_no_credit CHECK (billing_mode = 'POSTPAID' OR credit_limit = 0)
);
CREATE UNIQUE INDEX account_name_live ON account (tenant_id, lower(name)) WHERE deleted_at IS NULL;
CREATE INDEX account_tenant_name ON account (tenant_id, name);

CREATE TABLE app_user (
    id            uuid PRIMARY KEY,
    tenant_id     uuid NOT NULL REFERENCES tenant (id),
    email         text NOT NULL CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
    display_name  text NOT NULL,
    password_hash text NOT NULL,
    roles         text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY[
                      'SUPER_ADMIN', 'FINANCE', 'ANALYST', 'AUDITOR', 'CUSTOMER', 'CARRIER']::text[]),
    account_id    uuid REFERENCES account (id),
    theme         text NOT NULL DEFAULT 'SYSTEM' CHECK (theme IN ('LIGHT', 'DARK', 'SYSTEM')),
    enabled       boolean NOT NULL DEFAULT true,
    version       integer NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    last_login_at timestamptz,
    deleted_at    timestamptz,
    deleted_by    text,
    -- portal users (customer, carrier) belong to exactly one account and hold no staff role
    CONSTRAINT portal_user_has_account CHECK (
        NOT (roles && ARRAY['CUSTOMER', 'CARRIER']::text[])
        OR (account_id IS NOT NULL AND roles <@ ARRAY['CUSTOMER', 'CARRIER']::text[])),
    CONSTRAINT staff_user_has_no_account CHECK (
        roles && ARRAY['CUSTOMER', 'CARRIER']::text[] OR account_id IS NULL)
);
CREATE UNIQUE INDEX app_user_email_live ON app_user (lower(email)) WHERE deleted_at IS NULL;
CREATE INDEX app_user_tenant ON app_user (tenant_id, email);

-- Throttles repeated failed logins per login name (no hint whether the user exists).
CREATE TABLE login_throttle (
    login_key      text PRIMARY KEY,
    failures       integer NOT NULL,
    last_failure_at timestamptz NOT NULL,
    locked_until   timestamptz
);

-- Who did what, before and after, when. Written in the same transaction as the change.
CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   uuid,
    at          timestamptz NOT NULL,
    actor       text NOT NULL,
    actor_id    uuid,
    action      text NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'RESTORE', 'PURGE')),
    entity_type text NOT NULL,
    entity_id   text NOT NULL,
    before      jsonb,
    after       jsonb,
    workflow_id text
);
CREATE INDEX audit_log_at ON audit_log (at DESC);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, at DESC);
CREATE INDEX audit_log_actor ON audit_log (actor, at DESC);

-- The audit log is append-only: the database itself refuses changes and deletions.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- How long a soft-deleted row is kept before the retention purge removes it for good.
CREATE TABLE retention_policy (
    entity_type    text PRIMARY KEY,
    retention_days integer NOT NULL CHECK (retention_days >= 0),
    updated_at     timestamptz NOT NULL
);
INSERT INTO retention_policy (entity_type, retention_days, updated_at) VALUES
    ('account', 2555, now()),
    ('user', 365, now());

-- DIDTron's own index of the workflows it runs (the embedded Temporal server has no
-- visibility queries, and a business key is easier to search than a history). LOST: the
-- Temporal server no longer knows the run (an embedded server keeps histories in memory only).
CREATE TABLE workflow_run (
    workflow_id   text NOT NULL,
    run_id        text NOT NULL,
    workflow_type text NOT NULL,
    business_key  text NOT NULL,
    tenant_id     uuid,
    status        text NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED', 'CANCELED',
                      'TERMINATED', 'CONTINUED_AS_NEW', 'TIMED_OUT', 'LOST')),
    started_at    timestamptz NOT NULL,
    closed_at     timestamptz,
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (workflow_id, run_id)
);
CREATE INDEX workflow_run_started ON workflow_run (started_at DESC);
CREATE INDEX workflow_run_open ON workflow_run (status) WHERE status = 'RUNNING';
