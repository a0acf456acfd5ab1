-- Tamper evidence for the ledger (docs/ledger.md, "Tamper evidence"): a SHA-256 hash chain over
-- journal entries. Each entry's chain link stores the hash of the previous link and of the entry's
-- canonical content (its fields and its postings in posting-id order). The link is written by the
-- database at commit (a deferred trigger), when every posting of the entry is in place, under one
-- advisory lock so concurrent posters extend the chain one after another. `didtron ledger verify`
-- recomputes every link: an entry or posting changed, added or removed behind the triggers' back
-- (a superuser with triggers disabled) breaks the chain at that entry.

CREATE TABLE journal_entry_hash (
    chain_no  bigint PRIMARY KEY CHECK (chain_no > 0),
    entry_id  uuid NOT NULL UNIQUE REFERENCES journal_entry (id),
    prev_hash bytea NOT NULL UNIQUE CHECK (length(prev_hash) = 32),
    hash      bytea NOT NULL UNIQUE CHECK (length(hash) = 32)
);

-- The canonical content of an entry, independent of session settings (time zone, date style):
-- a JSON array of its fields followed by an array of its postings ordered by posting id.
CREATE FUNCTION ledger_entry_content(entry uuid) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_array(
        e.id, e.entry_no, e.tenant_id, to_char(e.effective_date, 'YYYY-MM-DD'),
        to_char(e.posted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        e.posted_by, e.description, e.source_type, e.source_id, e.workflow_id, e.idempotency_key,
        e.reverses_entry_id,
        (SELECT coalesce(jsonb_agg(jsonb_build_array(p.id, p.tenant_id, p.ledger_account_id, p.currency,
                    p.amount::text, p.fx_rate::text, p.base_amount::text, p.memo) ORDER BY p.id), '[]'::jsonb)
           FROM posting p WHERE p.entry_id = e.id))::text
      FROM journal_entry e WHERE e.id = entry
$$;

-- The link hash: SHA-256 over the previous link's hash followed by the entry's canonical content.
CREATE FUNCTION ledger_entry_hash(entry uuid, prev bytea) RETURNS bytea LANGUAGE sql STABLE AS $$
    SELECT sha256(prev || convert_to(coalesce(ledger_entry_content(entry), ''), 'UTF8'))
$$;

-- The previous hash of the very first link.
CREATE FUNCTION ledger_chain_genesis() RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT decode(repeat('00', 32), 'hex')
$$;

-- Appends the entry to the chain at commit. The advisory lock serialises the chain's writers; it is
-- held until the transaction ends, and the unique chain_no / prev_hash refuse a fork should a
-- poster ever run under a snapshot that cannot see the newest link (REPEATABLE READ).
CREATE FUNCTION journal_entry_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
DECLARE
    head record;
    prev bytea := ledger_chain_genesis();
    next_no bigint := 1;
BEGIN
    PERFORM pg_advisory_xact_lock(7060001);
    SELECT chain_no, hash INTO head FROM journal_entry_hash ORDER BY chain_no DESC LIMIT 1;
    IF FOUND THEN
        prev := head.hash;
        next_no := head.chain_no + 1;
    END IF;
    INSERT INTO journal_entry_hash (chain_no, entry_id, prev_hash, hash)
    VALUES (next_no, NEW.id, prev, ledger_entry_hash(NEW.id, prev));
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER journal_entry_chained AFTER INSERT ON journal_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_entry_chain();

CREATE TRIGGER journal_entry_hash_append_only BEFORE UPDATE OR DELETE ON journal_entry_hash
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();
CREATE TRIGGER journal_entry_hash_no_truncate BEFORE TRUNCATE ON journal_entry_hash
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_is_append_only();

-- Entries posted before this migration join the chain in posting order.
DO $$
DECLARE
    e record;
    prev bytea := ledger_chain_genesis();
    n bigint := 0;
    h bytea;
BEGIN
    FOR e IN SELECT id FROM journal_entry ORDER BY entry_no LOOP
        n := n + 1;
        h := ledger_entry_hash(e.id, prev);
        INSERT INTO journal_entry_hash (chain_no, entry_id, prev_hash, hash) VALUES (n, e.id, prev, h);
        prev := h;
    END LOOP;
END $$;
