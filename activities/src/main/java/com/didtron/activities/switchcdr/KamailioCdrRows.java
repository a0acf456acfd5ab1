package com.didtron.activities.switchcdr;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Reads the local Kamailio's {@code kamailio.acc_cdrs} (migration V8_6_1): rows after the cursor
 * and the skipped ids still awaited, oldest id first. Start times are stored without a zone, in
 * UTC.
 */
@Component
class KamailioCdrRows {
  private static final String SELECT =
      "SELECT id, start_time AT TIME ZONE 'UTC' AS start_at, round(duration::numeric, 3) AS secs,"
          + " callid, src_ip, src_user, dst_user, account_id, trunk_id, gw_id"
          + " FROM kamailio.acc_cdrs WHERE id > {0} OR id = ANY({1}) ORDER BY id LIMIT {2}";

  private final DSLContext db;

  KamailioCdrRows(DSLContext db) {
    this.db = db;
  }

  /** At most {@code limit} rows with an id above {@code lastId} or among {@code awaited}. */
  List<KamailioCdrRow> after(long lastId, Collection<Long> awaited, int limit) {
    return db.fetch(SELECT, DSL.val(lastId), DSL.val(awaited.toArray(Long[]::new)), DSL.val(limit))
        .map(KamailioCdrRows::row);
  }

  private static KamailioCdrRow row(Record r) {
    OffsetDateTime start = r.get("start_at", OffsetDateTime.class);
    Instant at = start == null ? null : start.toInstant();
    return new KamailioCdrRow(
        r.get("id", Long.class),
        at,
        r.get("secs", BigDecimal.class),
        r.get("callid", String.class),
        r.get("src_ip", String.class),
        r.get("src_user", String.class),
        r.get("dst_user", String.class),
        r.get("account_id", String.class),
        r.get("trunk_id", String.class),
        r.get("gw_id", String.class));
  }
}
