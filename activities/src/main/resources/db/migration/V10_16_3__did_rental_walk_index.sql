-- The daily rental walks the numbers in service in id order (DidRental's keyset batches: id > the
-- previous batch's last, ORDER BY id LIMIT batch). Over the primary key every row not in service had to
-- be read and filtered out, and with larger batches the planner preferred reading and sorting them all
-- per batch (./didtron bench accrual, issue 12 point 11). This index holds only the numbers in service.
CREATE INDEX did_inventory_rental_walk ON did_inventory (id)
    WHERE status = 'ACTIVE' AND deleted_at IS NULL AND suspended_at IS NULL AND account_id IS NOT NULL;
