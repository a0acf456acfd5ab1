package com.didtron.activities.switchsync.kamailio;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * The local Kamailio's tables in schema {@code kamailio} (migrations V8_6_1, V9_7_1), as plain jOOQ
 * names.
 */
final class KamailioTables {
  static final Table<Record> ACCOUNT_REF = table(name("kamailio", "account_ref"));
  static final Field<Integer> SWITCH_NO = field(name("switch_no"), Integer.class);
  static final Field<UUID> ACCOUNT_ID = field(name("account_id"), UUID.class);

  static final Table<Record> ADDRESS = table(name("kamailio", "address"));
  static final Field<Integer> GRP = field(name("grp"), Integer.class);
  static final Field<String> IP_ADDR = field(name("ip_addr"), String.class);
  static final Field<Integer> MASK = field(name("mask"), Integer.class);
  static final Field<Short> PORT = field(name("port"), Short.class);
  static final Field<String> TAG = field(name("tag"), String.class);

  static final Table<Record> DR_GATEWAYS = table(name("kamailio", "dr_gateways"));
  static final Field<Integer> GWID = field(name("gwid"), Integer.class);
  static final Field<Integer> TYPE = field(name("type"), Integer.class);
  static final Field<String> GW_ADDRESS = field(name("address"), String.class);
  static final Field<Integer> STRIP = field(name("strip"), Integer.class);
  static final Field<String> PRI_PREFIX = field(name("pri_prefix"), String.class);
  static final Field<String> ATTRS = field(name("attrs"), String.class);
  static final Field<String> DESCRIPTION = field(name("description"), String.class);

  static final Table<Record> DR_RULES = table(name("kamailio", "dr_rules"));
  static final Field<String> GROUPID = field(name("groupid"), String.class);
  static final Field<String> PREFIX = field(name("prefix"), String.class);
  static final Field<String> TIMEREC = field(name("timerec"), String.class);
  static final Field<Integer> PRIORITY = field(name("priority"), Integer.class);
  static final Field<String> ROUTEID = field(name("routeid"), String.class);
  static final Field<String> GWLIST = field(name("gwlist"), String.class);

  static final Table<Record> HTABLE = table(name("kamailio", "htable"));
  static final Field<String> KEY_NAME = field(name("key_name"), String.class);
  static final Field<Integer> KEY_TYPE = field(name("key_type"), Integer.class);
  static final Field<Integer> VALUE_TYPE = field(name("value_type"), Integer.class);
  static final Field<String> KEY_VALUE = field(name("key_value"), String.class);

  static final Table<Record> ROUTE_GROUP = table(name("kamailio", "route_group"));
  static final Field<Integer> GROUP_NO = field(name("group_no"), Integer.class);
  static final Field<String> TIER = field(name("tier"), String.class);

  static final Table<Record> SUBSCRIBER = table(name("kamailio", "subscriber"));
  static final Field<String> USERNAME = field(name("username"), String.class);
  static final Field<String> DOMAIN = field(name("domain"), String.class);
  static final Field<String> HA1 = field(name("ha1"), String.class);
  static final Field<String> TRUNK_ID = field(name("trunk_id"), String.class);
  static final Field<Integer> ACCOUNT_NO = field(name("account_no"), Integer.class);

  /** The htable the routing script reads per account ({@code acct}). */
  static final String ACCOUNT_HTABLE = "acct";

  private KamailioTables() {}
}
