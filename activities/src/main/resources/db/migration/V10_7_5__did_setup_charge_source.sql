-- The setup fee of an ordered number (DidOrderWorkflow) is a journal entry of source type ADJUSTMENT
-- whose source id is its did_order_item (idempotency key did-setup-<item id>; a failed order's
-- reversal did-setup-<item id>-reversal). The journal's source-type list cannot gain a value here
-- (V10_8_1 rewrites that CHECK afterwards), so `didtron ledger verify` finds ADJUSTMENT documents in
-- both tables through this view.
CREATE VIEW adjustment_document AS
    SELECT id FROM ledger_adjustment
    UNION ALL
    SELECT id FROM did_order_item;

UPDATE ledger_source_kind SET table_name = 'adjustment_document' WHERE source_type = 'ADJUSTMENT';
