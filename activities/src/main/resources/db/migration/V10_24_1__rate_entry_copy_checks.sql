-- Deck import at 300,000 rows (issue 14 point 5): the same guarantees for rate_entry, checked at a
-- fraction of the cost (docs/benchmarks.md, "After issue 14 — deck import").
--
-- 1. The version reference. The foreign key checked every one of the 300,000 rows of a version
--    with its own lookup and row lock on rate_card_version (about half of the COPY's time). A
--    version's rows are all written by one COPY, in the transaction that created the version, so
--    the check runs once per statement instead: every version the statement's rows refer to must
--    exist (a hash anti-join over the statement's rows), and those versions are locked FOR KEY
--    SHARE like the foreign key locks them, until the transaction ends. The other side of the
--    foreign key is kept by a trigger on rate_card_version: a version that has rows cannot be
--    deleted nor get another id. (Versions are never deleted: a discarded draft keeps its rows.)
ALTER TABLE rate_entry DROP CONSTRAINT rate_entry_version_id_fkey;

CREATE FUNCTION rate_entry_versions_exist() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing uuid;
BEGIN
    PERFORM 1 FROM rate_card_version v
     WHERE v.id IN (SELECT DISTINCT version_id FROM new_entries)
       FOR KEY SHARE;
    SELECT n.version_id INTO missing
      FROM (SELECT DISTINCT version_id FROM new_entries) n
     WHERE NOT EXISTS (SELECT 1 FROM rate_card_version v WHERE v.id = n.version_id)
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'insert or update on table "rate_entry" violates the version reference'
            USING ERRCODE = 'foreign_key_violation',
                  DETAIL = format('Key (version_id)=(%s) is not present in table "rate_card_version".', missing);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER rate_entry_versions_exist_on_insert AFTER INSERT ON rate_entry
    REFERENCING NEW TABLE AS new_entries
    FOR EACH STATEMENT EXECUTE FUNCTION rate_entry_versions_exist();
CREATE TRIGGER rate_entry_versions_exist_on_update AFTER UPDATE ON rate_entry
    REFERENCING NEW TABLE AS new_entries
    FOR EACH STATEMENT EXECUTE FUNCTION rate_entry_versions_exist();

CREATE FUNCTION rate_card_version_keep_entries() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP = 'DELETE' OR NEW.id IS DISTINCT FROM OLD.id)
        AND EXISTS (SELECT 1 FROM rate_entry WHERE version_id = OLD.id) THEN
        RAISE EXCEPTION 'rate_card_version % still has rate_entry rows', OLD.id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER rate_card_version_keep_entries BEFORE DELETE OR UPDATE OF id ON rate_card_version
    FOR EACH ROW EXECUTE FUNCTION rate_card_version_keep_entries();

-- 2. The prefix. '^[0-9]{1,32}$' ran PostgreSQL's regex engine with a counted repetition on every
--    row; a plain character-class match plus a length test accepts and rejects exactly the same
--    prefixes (1 to 32 ASCII digits) several times faster.
ALTER TABLE rate_entry DROP CONSTRAINT rate_entry_prefix_check;
ALTER TABLE rate_entry ADD CONSTRAINT rate_entry_prefix_check
    CHECK (prefix ~ '^[0-9]+$' AND octet_length(prefix) <= 32);
