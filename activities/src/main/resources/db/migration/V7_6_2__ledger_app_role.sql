-- The application connects as a role that does not own the schema (docs/operations.md, "Database
-- roles"): it may read the ledger and insert entries and postings, but never update or delete them,
-- and, not being the owner, it cannot disable the append-only triggers. The few writes it needs
-- beyond INSERT run as the owner through these SECURITY DEFINER functions; the grants themselves
-- are applied by the platform after every migration (it knows the role's name).

-- The balance a posting moves is maintained by the owner, not by the poster.
ALTER FUNCTION posting_applied() SECURITY DEFINER SET search_path FROM CURRENT;

-- Locks (creating at zero where missing) one materialised balance: Ledger.postAll takes every
-- balance of a transaction in one global order first. The tenant comes from the ledger account.
CREATE FUNCTION ledger_lock_balance(account uuid, cur text) RETURNS void LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO ledger_balance (ledger_account_id, currency, tenant_id, balance, postings, last_posting_id)
    SELECT a.id, cur, a.tenant_id, 0, 0, 0 FROM ledger_account a WHERE a.id = account
    ON CONFLICT (ledger_account_id, currency) DO NOTHING;
    PERFORM 1 FROM ledger_balance WHERE ledger_account_id = account AND currency = cur FOR UPDATE;
END $$;

-- A month partition of cdr is created by the owner of cdr (only an owner may attach partitions).
ALTER FUNCTION cdr_partition_for(timestamptz) SECURITY DEFINER SET search_path FROM CURRENT;
