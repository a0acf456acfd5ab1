-- Pulling CDRs from the switches (issue 11 point 3): where each source's pull stands, the ids the
-- local Kamailio skipped (to read late rows), and the rows that could not be read. Platform-wide:
-- one switch carries the calls of every tenant. Owned by the switchcdr feature.

-- CDRs pulled by the switch adapters reach the pipeline through channel SWITCH
ALTER TABLE cdr_ingest DROP CONSTRAINT cdr_ingest_channel_check;
ALTER TABLE cdr_ingest ADD CONSTRAINT cdr_ingest_channel_check
    CHECK (channel IN ('UPLOAD', 'API', 'INBOX', 'SWITCH'));

CREATE TABLE switch_cdr_cursor (
    source        text PRIMARY KEY CHECK (length(trim(source)) > 0),
    -- the local Kamailio: highest acc_cdrs.id read
    last_id       bigint NOT NULL DEFAULT 0 CHECK (last_id >= 0),
    -- a hosted switch (ConnexCS): its CdrCursor as JSON
    state         jsonb,
    last_pull_at  timestamptz,
    rows_read     bigint NOT NULL DEFAULT 0,
    stored        bigint NOT NULL DEFAULT 0,
    duplicates    bigint NOT NULL DEFAULT 0,
    rejected      bigint NOT NULL DEFAULT 0,
    last_error    text
);

-- ids below last_id not seen yet (a row still being written when a higher one was read); read again
-- on every pull until found or older than the lookback
CREATE TABLE switch_cdr_gap (
    source     text NOT NULL REFERENCES switch_cdr_cursor (source),
    row_id     bigint NOT NULL,
    noticed_at timestamptz NOT NULL,
    PRIMARY KEY (source, row_id)
);

-- rows of a switch that are not CDRs DIDTron can store, kept with their reason (never dropped);
-- tenant_id when the row names a known account
CREATE TABLE switch_cdr_reject (
    id        bigserial PRIMARY KEY,
    source    text NOT NULL,
    row_id    text NOT NULL,
    tenant_id uuid REFERENCES tenant (id),
    call_id   text,
    reason    text NOT NULL,
    raw       text NOT NULL,
    pulled_at timestamptz NOT NULL,
    UNIQUE (source, row_id)
);
CREATE INDEX switch_cdr_reject_recent ON switch_cdr_reject (source, pulled_at DESC);
