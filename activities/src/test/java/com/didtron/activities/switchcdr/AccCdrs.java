package com.didtron.activities.switchcdr;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Writes {@code kamailio.acc_cdrs} rows as Kamailio's acc module writes them, for the tests. */
final class AccCdrs {
  private AccCdrs() {}

  /**
   * One answered call five minutes ago: start and end in UTC without a zone, duration a float; the
   * row id from the table's sequence unless {@code id} is given.
   */
  static void insert(
      DSLContext db,
      Long id,
      String callId,
      String dialled,
      double seconds,
      String account,
      String gw,
      String trunk) {
    Instant answered = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
    Instant ended = answered.plusMillis((long) (Math.abs(seconds) * 1000));
    db.execute(
        "INSERT INTO kamailio.acc_cdrs (id, start_time, end_time, duration, callid, src_ip,"
            + " src_user, dst_user, account_id, trunk_id, gw_id) VALUES (coalesce({0},"
            + " nextval('kamailio.acc_cdrs_id_seq')), ({1}::timestamptz AT TIME ZONE 'UTC'),"
            + " ({2}::timestamptz AT TIME ZONE 'UTC'), {3}::real, {4}, '10.1.2.3', '100', {5}, {6},"
            + " {7}, {8})",
        DSL.val(id, Long.class),
        DSL.val(answered.toString()),
        DSL.val(ended.toString()),
        DSL.val(new BigDecimal(String.valueOf(seconds))),
        DSL.val(callId),
        DSL.val(dialled),
        DSL.val(account),
        DSL.val(trunk),
        DSL.val(gw));
  }
}
