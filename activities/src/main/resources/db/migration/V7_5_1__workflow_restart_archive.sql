-- Workflows survive a restart of the embedded Temporal server (issue 9, point 10).
-- The index keeps what is needed to start a run again: the start input (the workflow arguments as
-- a JSON array, as Temporal's JSON converter wrote them), the cron schedule of recurring workflows,
-- and, for a run started again after a restart, the run it replaces.
ALTER TABLE workflow_run ADD COLUMN start_input jsonb;
ALTER TABLE workflow_run ADD COLUMN cron_schedule text;
ALTER TABLE workflow_run ADD COLUMN restarted_from_run_id text;
ALTER TABLE workflow_run DROP CONSTRAINT workflow_run_status_check;
-- RESTARTED: the server lost the run in a restart and DIDTron started it again (see restarted_from_run_id)
ALTER TABLE workflow_run ADD CONSTRAINT workflow_run_status_check CHECK (status IN ('RUNNING', 'COMPLETED',
    'FAILED', 'CANCELED', 'TERMINATED', 'CONTINUED_AS_NEW', 'TIMED_OUT', 'LOST', 'RESTARTED'));

-- Each run's event history (Temporal's History protobuf), archived when the run closes, before a
-- shutdown, periodically while it runs and on demand; read when Temporal no longer knows the run.
CREATE TABLE workflow_history_archive (
    workflow_id  text        NOT NULL,
    run_id       text        NOT NULL,
    history      bytea       NOT NULL,
    event_count  integer     NOT NULL,
    complete     boolean     NOT NULL,
    archived_at  timestamptz NOT NULL,
    PRIMARY KEY (workflow_id, run_id)
);
