-- An ordered number's setup fee (DidOrderWorkflow) gets a ledger source type of its own, DID_SETUP,
-- sourced from its did_order_item (issue 12 point 11). Entries posted before this migration keep
-- ADJUSTMENT with the order item's id; the adjustment_document view of V10_7_5 still lets
-- `didtron ledger verify` find those old entries' documents, so it stays.
ALTER TABLE journal_entry DROP CONSTRAINT journal_entry_source_type_check;
ALTER TABLE journal_entry
    ADD CONSTRAINT journal_entry_source_type_check
        CHECK (source_type IN ('CDR_BATCH', 'PAYMENT', 'INVOICE', 'CREDIT_NOTE', 'NETTING', 'ADJUSTMENT',
                               'DID_ACCRUAL', 'DID_SETUP'));
INSERT INTO ledger_source_kind (source_type, table_name, id_column) VALUES ('DID_SETUP', 'did_order_item', 'id');
