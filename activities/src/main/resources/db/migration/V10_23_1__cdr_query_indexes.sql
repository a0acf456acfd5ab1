-- CDR browsing at millions of rows (issue 14 point 3): pages are read by key (start_time, source,
-- call_id) from the existing (tenant_id | account_id | carrier_id, start_time DESC) indexes; these
-- two serve the filters those cannot:
-- a dialled-number prefix as an index range (text_pattern_ops: 'callee LIKE ''4420%''' is
-- callee >= '4420' AND callee < '4421' whatever the collation); a broad prefix is rather read by
-- walking the start_time index and filtering, the planner picks by the prefix's selectivity
CREATE INDEX cdr_tenant_callee ON cdr (tenant_id, callee text_pattern_ops);
-- the few unrated CDRs of a tenant, newest first, without walking the rated millions
CREATE INDEX cdr_tenant_unrated ON cdr (tenant_id, start_time DESC) WHERE status = 'UNRATED';
