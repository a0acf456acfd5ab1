-- A hosted switch (ConnexCS) also keeps the ids of trunks' IP authentications it was given.
ALTER TABLE switch_object_ref DROP CONSTRAINT switch_object_ref_kind_check;
ALTER TABLE switch_object_ref
    ADD CONSTRAINT switch_object_ref_kind_check
        CHECK (kind IN ('CUSTOMER', 'CARRIER', 'RATE_CARD', 'ROUTE', 'TRUNK'));
