-- Switch sync (issue 11, point 5): every change the switch must know is recorded in switch_change
-- (the outbox, written in the business transaction); switch_sync_state is each target's view of
-- each object: pending since when, in sync, or failed with the switch's error. The sync workflow
-- of a target pushes its pending objects in the order of their oldest unpushed change.
ALTER TABLE switch_change DROP CONSTRAINT switch_change_object_type_check;
ALTER TABLE switch_change ADD CONSTRAINT switch_change_object_type_check
    CHECK (object_type IN ('TRUNK', 'LIMITS', 'ACCOUNT_STATUS', 'BALANCE', 'RATE_CARD', 'ROUTES', 'DID'));

CREATE TABLE switch_sync_state (
    target          text        NOT NULL CHECK (target ~ '^[a-z0-9-]{1,32}$'),
    object_type     text        NOT NULL CHECK (object_type IN ('TRUNK', 'LIMITS', 'ACCOUNT_STATUS', 'BALANCE', 'RATE_CARD', 'ROUTES', 'DID')),
    object_id       text        NOT NULL CHECK (length(object_id) BETWEEN 1 AND 64),
    tenant_id       uuid        NOT NULL REFERENCES tenant (id),
    account_id      uuid        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    status          text        NOT NULL CHECK (status IN ('PENDING', 'IN_SYNC', 'FAILED')),
    -- when the object entered its status (pending since, in sync since, failed since)
    since           timestamptz NOT NULL,
    -- the switch's error (FAILED), or why the last attempt of a PENDING object did not get through
    error           text CHECK (length(error) <= 2000),
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    -- whether the last change asks the switch to write the object or to remove it
    change          text        NOT NULL CHECK (change IN ('UPSERT', 'DELETE')),
    -- the oldest change not yet pushed (the push order) and the newest change recorded
    queued_change_id bigint     NOT NULL,
    last_change_id  bigint      NOT NULL,
    -- bumped by every recorded change, coalesced ones included: a push marks the object in sync
    -- only if no change came in while it was pushing
    revision        bigint      NOT NULL DEFAULT 1,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (target, object_type, object_id)
);
CREATE INDEX switch_sync_state_pending ON switch_sync_state (target, queued_change_id) WHERE status = 'PENDING';
CREATE INDEX switch_sync_state_account ON switch_sync_state (account_id);

-- The ids a hosted switch gave to DIDTron's objects (a ConnexCS customer, carrier, card, route).
CREATE TABLE switch_object_ref (
    target     text        NOT NULL,
    kind       text        NOT NULL CHECK (kind IN ('CUSTOMER', 'CARRIER', 'RATE_CARD', 'ROUTE')),
    local_id   text        NOT NULL,
    remote_id  text        NOT NULL CHECK (length(remote_id) BETWEEN 1 AND 200),
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (target, kind, local_id)
);
