-- CDR ingest at scale (issue 14 point 2): the idempotency key compares its text columns byte by
-- byte (COLLATE "C") instead of through the database's locale (strcoll for every comparison of
-- every B-tree descent while a chunk's keys are copied). Equality is the same under both (a
-- deterministic collation breaks ties byte-wise), so what counts as a duplicate does not change:
-- the same (tenant, source, call id). Rewrites the table and its primary key once.
ALTER TABLE cdr_key
    ALTER COLUMN source TYPE text COLLATE "C",
    ALTER COLUMN call_id TYPE text COLLATE "C";
