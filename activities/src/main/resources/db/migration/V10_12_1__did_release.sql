-- Release, suspension and quarantine of numbers (issue 12 points 9, 10).
ALTER TABLE did_inventory
    -- when the number was last taken out of service (released by its owner or after a suspension)
    ADD COLUMN released_at timestamptz;

-- the lifecycle sweep: quarantines that end, suspended numbers
CREATE INDEX did_inventory_quarantine ON did_inventory (quarantine_until)
    WHERE status = 'QUARANTINE' AND deleted_at IS NULL;
CREATE INDEX did_inventory_suspended ON did_inventory (suspended_at)
    WHERE suspended_at IS NOT NULL AND deleted_at IS NULL;
