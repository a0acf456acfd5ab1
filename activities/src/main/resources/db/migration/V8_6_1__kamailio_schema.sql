-- The local Kamailio's tables (Class 4 switch), in a schema of their own so they never mix with
-- DIDTron's. Layout = Kamailio 5.6.3's /usr/share/kamailio/postgres/*-create.sql (the `version`
-- rows are checked by the modules at startup), plus DIDTron's extra columns on acc, missed_calls and
-- acc_cdrs. Kamailio connects as the role `kamailio` (search_path kamailio), created and granted by
-- `didtron switch start` (docs/switching.md). DIDTron writes address, dr_* and htable; Kamailio
-- writes acc, missed_calls, acc_cdrs, dialog and dialog_vars.
CREATE SCHEMA IF NOT EXISTS kamailio;

CREATE TABLE kamailio.version (
    id SERIAL PRIMARY KEY NOT NULL,
    table_name VARCHAR(32) NOT NULL,
    table_version INTEGER DEFAULT 0 NOT NULL,
    CONSTRAINT version_table_name_idx UNIQUE (table_name)
);

-- DIDTron's accounts as the switch numbers them (permissions groups and drouting groups are integers)
CREATE TABLE kamailio.account_ref (
    switch_no SERIAL PRIMARY KEY NOT NULL,
    account_id UUID NOT NULL UNIQUE
);

-- permissions: customers identified by source address; grp = account_ref.switch_no, tag = ingress trunk id
CREATE TABLE kamailio.address (
    id SERIAL PRIMARY KEY NOT NULL,
    grp INTEGER DEFAULT 1 NOT NULL,
    ip_addr VARCHAR(50) NOT NULL,
    mask INTEGER DEFAULT 32 NOT NULL,
    port SMALLINT DEFAULT 0 NOT NULL,
    tag VARCHAR(64)
);
CREATE INDEX address_grp_idx ON kamailio.address (grp);

CREATE TABLE kamailio.trusted (
    id SERIAL PRIMARY KEY NOT NULL,
    src_ip VARCHAR(50) NOT NULL,
    proto VARCHAR(4) NOT NULL,
    from_pattern VARCHAR(64) DEFAULT NULL,
    ruri_pattern VARCHAR(64) DEFAULT NULL,
    tag VARCHAR(64),
    priority INTEGER DEFAULT 0 NOT NULL
);
CREATE INDEX trusted_peer_idx ON kamailio.trusted (src_ip);

-- drouting: carriers' gateways (attrs = DIDTron gateway/trunk id) and prefix rules per routing group
CREATE TABLE kamailio.dr_gateways (
    gwid SERIAL PRIMARY KEY NOT NULL,
    type INTEGER DEFAULT 0 NOT NULL,
    address VARCHAR(128) NOT NULL,
    strip INTEGER DEFAULT 0 NOT NULL,
    pri_prefix VARCHAR(64) DEFAULT NULL,
    attrs VARCHAR(255) DEFAULT NULL,
    description VARCHAR(128) DEFAULT '' NOT NULL
);

CREATE TABLE kamailio.dr_rules (
    ruleid SERIAL PRIMARY KEY NOT NULL,
    groupid VARCHAR(255) NOT NULL,
    prefix VARCHAR(64) NOT NULL,
    timerec VARCHAR(255) NOT NULL,
    priority INTEGER DEFAULT 0 NOT NULL,
    routeid VARCHAR(64) NOT NULL,
    gwlist VARCHAR(255) NOT NULL,
    description VARCHAR(128) DEFAULT '' NOT NULL
);
CREATE INDEX dr_rules_groupid_idx ON kamailio.dr_rules (groupid);

CREATE TABLE kamailio.dr_gw_lists (
    id SERIAL PRIMARY KEY NOT NULL,
    gwlist VARCHAR(255) NOT NULL,
    description VARCHAR(128) DEFAULT '' NOT NULL
);

CREATE TABLE kamailio.dr_groups (
    id SERIAL PRIMARY KEY NOT NULL,
    username VARCHAR(64) NOT NULL,
    domain VARCHAR(128) DEFAULT '' NOT NULL,
    groupid INTEGER DEFAULT 0 NOT NULL,
    description VARCHAR(128) DEFAULT '' NOT NULL
);

-- htable "acct": per-account switch state by switch_no: uuid::<no> (DIDTron account id, for CDRs),
-- blocked::<no> (value = reason), maxch::<no> (max concurrent calls), rgroup::<no> (drouting group)
CREATE TABLE kamailio.htable (
    id SERIAL PRIMARY KEY NOT NULL,
    key_name VARCHAR(64) DEFAULT '' NOT NULL,
    key_type INTEGER DEFAULT 0 NOT NULL,
    value_type INTEGER DEFAULT 0 NOT NULL,
    key_value VARCHAR(128) DEFAULT '' NOT NULL,
    expires INTEGER DEFAULT 0 NOT NULL
);
CREATE UNIQUE INDEX htable_key_name_idx ON kamailio.htable (key_name);

-- acc: one row per accounted transaction (INVITE answered, BYE), failed attempts in missed_calls
CREATE TABLE kamailio.acc (
    id SERIAL PRIMARY KEY NOT NULL,
    method VARCHAR(16) DEFAULT '' NOT NULL,
    from_tag VARCHAR(128) DEFAULT '' NOT NULL,
    to_tag VARCHAR(128) DEFAULT '' NOT NULL,
    callid VARCHAR(255) DEFAULT '' NOT NULL,
    sip_code VARCHAR(3) DEFAULT '' NOT NULL,
    sip_reason VARCHAR(128) DEFAULT '' NOT NULL,
    time TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    src_ip VARCHAR(64) DEFAULT '' NOT NULL,
    src_user VARCHAR(64) DEFAULT '' NOT NULL,
    dst_user VARCHAR(64) DEFAULT '' NOT NULL,
    account_id VARCHAR(40) DEFAULT '' NOT NULL,
    trunk_id VARCHAR(64) DEFAULT '' NOT NULL,
    gw_id VARCHAR(64) DEFAULT '' NOT NULL
);
CREATE INDEX acc_callid_idx ON kamailio.acc (callid);

CREATE TABLE kamailio.missed_calls (
    id SERIAL PRIMARY KEY NOT NULL,
    method VARCHAR(16) DEFAULT '' NOT NULL,
    from_tag VARCHAR(128) DEFAULT '' NOT NULL,
    to_tag VARCHAR(128) DEFAULT '' NOT NULL,
    callid VARCHAR(255) DEFAULT '' NOT NULL,
    sip_code VARCHAR(3) DEFAULT '' NOT NULL,
    sip_reason VARCHAR(128) DEFAULT '' NOT NULL,
    time TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    src_ip VARCHAR(64) DEFAULT '' NOT NULL,
    src_user VARCHAR(64) DEFAULT '' NOT NULL,
    dst_user VARCHAR(64) DEFAULT '' NOT NULL,
    account_id VARCHAR(40) DEFAULT '' NOT NULL,
    trunk_id VARCHAR(64) DEFAULT '' NOT NULL,
    gw_id VARCHAR(64) DEFAULT '' NOT NULL
);
CREATE INDEX missed_calls_callid_idx ON kamailio.missed_calls (callid);

-- acc_cdrs: one row per answered call (acc's CDR engine over dialog); start_time = answer, UTC
CREATE TABLE kamailio.acc_cdrs (
    id SERIAL PRIMARY KEY NOT NULL,
    start_time TIMESTAMP WITHOUT TIME ZONE DEFAULT '2000-01-01 00:00:00' NOT NULL,
    end_time TIMESTAMP WITHOUT TIME ZONE DEFAULT '2000-01-01 00:00:00' NOT NULL,
    duration REAL DEFAULT 0 NOT NULL,
    callid VARCHAR(255),
    src_ip VARCHAR(64),
    src_user VARCHAR(64),
    dst_user VARCHAR(64),
    account_id VARCHAR(40),
    trunk_id VARCHAR(64),
    gw_id VARCHAR(64)
);
CREATE INDEX acc_cdrs_start_time_idx ON kamailio.acc_cdrs (start_time);
CREATE INDEX acc_cdrs_callid_idx ON kamailio.acc_cdrs (callid);

-- dialog: calls in progress (persisted so a restarted switch still knows them)
CREATE TABLE kamailio.dialog (
    id SERIAL PRIMARY KEY NOT NULL,
    hash_entry INTEGER NOT NULL,
    hash_id INTEGER NOT NULL,
    callid VARCHAR(255) NOT NULL,
    from_uri VARCHAR(255) NOT NULL,
    from_tag VARCHAR(128) NOT NULL,
    to_uri VARCHAR(255) NOT NULL,
    to_tag VARCHAR(128) NOT NULL,
    caller_cseq VARCHAR(20) NOT NULL,
    callee_cseq VARCHAR(20) NOT NULL,
    caller_route_set VARCHAR(512),
    callee_route_set VARCHAR(512),
    caller_contact VARCHAR(255) NOT NULL,
    callee_contact VARCHAR(255) NOT NULL,
    caller_sock VARCHAR(64) NOT NULL,
    callee_sock VARCHAR(64) NOT NULL,
    state INTEGER NOT NULL,
    start_time INTEGER NOT NULL,
    timeout INTEGER DEFAULT 0 NOT NULL,
    sflags INTEGER DEFAULT 0 NOT NULL,
    iflags INTEGER DEFAULT 0 NOT NULL,
    toroute_name VARCHAR(32),
    req_uri VARCHAR(255) NOT NULL,
    xdata VARCHAR(512)
);
CREATE INDEX dialog_hash_idx ON kamailio.dialog (hash_entry, hash_id);

CREATE TABLE kamailio.dialog_vars (
    id SERIAL PRIMARY KEY NOT NULL,
    hash_entry INTEGER NOT NULL,
    hash_id INTEGER NOT NULL,
    dialog_key VARCHAR(128) NOT NULL,
    dialog_value VARCHAR(512) NOT NULL
);
CREATE INDEX dialog_vars_hash_idx ON kamailio.dialog_vars (hash_entry, hash_id);

INSERT INTO kamailio.version (table_name, table_version) VALUES
    ('version', 1), ('address', 6), ('trusted', 6), ('dr_gateways', 3), ('dr_rules', 3),
    ('dr_gw_lists', 1), ('dr_groups', 2), ('htable', 2), ('acc', 5), ('missed_calls', 4),
    ('acc_cdrs', 2), ('dialog', 7), ('dialog_vars', 1);
