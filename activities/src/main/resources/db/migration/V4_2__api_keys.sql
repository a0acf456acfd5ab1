-- REST API keys per user (money core, point 10). Only a SHA-256 hash of each key is stored; the key
-- itself is shown once when it is created.
CREATE TABLE api_key (
    id           uuid PRIMARY KEY,
    tenant_id    uuid NOT NULL REFERENCES tenant (id),
    user_id      uuid NOT NULL REFERENCES app_user (id),
    name         text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
    prefix       text NOT NULL CHECK (prefix ~ '^dtk_[A-Za-z0-9]{8}$'),
    key_hash     text NOT NULL UNIQUE CHECK (key_hash ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz NOT NULL,
    created_by   text NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   text
);
CREATE INDEX api_key_user ON api_key (user_id, created_at DESC);
