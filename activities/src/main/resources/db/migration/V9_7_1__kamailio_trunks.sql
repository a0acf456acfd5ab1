-- The switch does what each customer ingress trunk says (issue 11 points 1 and 3): per-trunk keys in
-- the `acct` htable (tech prefix → trunk per source block, strip, prepend, routing group) need keys
-- longer than 64 characters (`tp::<account no>::<block trunk id>::<tech prefix>`), and one drouting
-- group per customer and routing tier. Groups are numbered from 1,000,000,000 so that they never meet
-- an account's own number (account_ref.switch_no, the group of switches set up before this change).
ALTER TABLE kamailio.htable ALTER COLUMN key_name TYPE VARCHAR(128);

CREATE SEQUENCE kamailio.route_group_no START WITH 1000000000 MAXVALUE 2147483647;
CREATE TABLE kamailio.route_group (
    group_no INTEGER PRIMARY KEY DEFAULT nextval('kamailio.route_group_no'),
    account_id UUID NOT NULL,
    tier VARCHAR(32) NOT NULL,
    CONSTRAINT route_group_account_tier UNIQUE (account_id, tier)
);
ALTER SEQUENCE kamailio.route_group_no OWNED BY kamailio.route_group.group_no;

-- auth_db: SIP digest credentials of customer ingress trunks, written by DIDTron's switch sync.
-- Layout = Kamailio 5.6.3's auth_db-create.sql plus the trunk and the account number that the
-- script loads on success (load_credentials); ha1 = md5(username:realm:password), calculate_ha1=0.
CREATE TABLE kamailio.subscriber (
    id SERIAL PRIMARY KEY NOT NULL,
    username VARCHAR(64) DEFAULT '' NOT NULL,
    domain VARCHAR(64) DEFAULT '' NOT NULL,
    password VARCHAR(64) DEFAULT '' NOT NULL,
    ha1 VARCHAR(128) DEFAULT '' NOT NULL,
    ha1b VARCHAR(128) DEFAULT '' NOT NULL,
    trunk_id VARCHAR(64) DEFAULT '' NOT NULL,
    account_no INTEGER DEFAULT 0 NOT NULL,
    CONSTRAINT subscriber_account_idx UNIQUE (username, domain)
);
CREATE INDEX subscriber_username_idx ON kamailio.subscriber (username);
CREATE INDEX subscriber_account_no_idx ON kamailio.subscriber (account_no);
INSERT INTO kamailio.version (table_name, table_version) VALUES ('subscriber', 7);

-- permissions takes the first matching subnet of a group in the order it loaded them: it loads this
-- view, most specific block first, so that of an account's nested blocks the narrowest one decides
-- the trunk (single addresses, /32 and /128, are matched before any subnet anyway).
CREATE VIEW kamailio.address_by_mask AS
    SELECT id, grp, ip_addr, mask, port, tag FROM kamailio.address ORDER BY grp, mask DESC, id;
INSERT INTO kamailio.version (table_name, table_version) VALUES ('address_by_mask', 6);
