-- After a large inventory import the planner must know the new rows at once (autovacuum's analyze
-- may come minutes later, and until then a search over a tenant's fresh numbers can leave its
-- indexes). The application role does not own did_inventory (V7_6_2, docs/operations.md "Database
-- roles") and only an owner may ANALYZE a table, so the owner does it through this function, which
-- analyzes that one table and nothing else.
CREATE FUNCTION did_inventory_analyze() RETURNS void LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    ANALYZE did_inventory;
END $$;
