-- DIDs in service (issue 12 points 6-8): where an active number's calls go, when it was activated,
-- and whether it is suspended for an unpaid balance. Shared by ordering, rental and the switch push.
ALTER TABLE did_inventory
    -- the customer's SIP URI (sip:user@host[:port]) or trunk the calls are sent to; null until active
    ADD COLUMN destination_uri      text CHECK (length(destination_uri) <= 300),
    -- tried when the destination fails or does not answer within ring_timeout_seconds
    ADD COLUMN failover_uri         text CHECK (length(failover_uri) <= 300),
    ADD COLUMN ring_timeout_seconds integer NOT NULL DEFAULT 30 CHECK (ring_timeout_seconds BETWEEN 5 AND 300),
    ADD COLUMN activated_at         timestamptz,
    -- set while the number is suspended (calls refused) because its prepaid account stayed below zero
    ADD COLUMN suspended_at         timestamptz,
    ADD CONSTRAINT did_active_has_destination CHECK (status <> 'ACTIVE' OR destination_uri IS NOT NULL),
    ADD CONSTRAINT did_suspended_is_active CHECK (suspended_at IS NULL OR status = 'ACTIVE');

-- the numbers of an account that are in service (rental, the switch push, "my numbers")
CREATE INDEX did_inventory_in_service ON did_inventory (tenant_id, account_id, number)
    WHERE status = 'ACTIVE' AND deleted_at IS NULL;

-- a hosted switch keeps the ids of the DIDs it was given
ALTER TABLE switch_object_ref DROP CONSTRAINT switch_object_ref_kind_check;
ALTER TABLE switch_object_ref
    ADD CONSTRAINT switch_object_ref_kind_check
        CHECK (kind IN ('CUSTOMER', 'CARRIER', 'RATE_CARD', 'ROUTE', 'TRUNK', 'DID'));
