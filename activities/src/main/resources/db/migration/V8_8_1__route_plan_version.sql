-- The routing plan last compiled and stored per customer and tier (issue 11, point 2): the switch
-- sync compares its fingerprint with the one the switch has.
CREATE TABLE route_plan_version (
    account_id   uuid        NOT NULL REFERENCES account (id),
    tier         text        NOT NULL CHECK (tier IN ('STANDARD', 'PREMIUM')),
    tenant_id    uuid        NOT NULL,
    fingerprint  text        NOT NULL,
    rule_count   integer     NOT NULL CHECK (rule_count >= 0),
    compiled_at  timestamptz NOT NULL,
    PRIMARY KEY (account_id, tier)
);
