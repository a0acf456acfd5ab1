package com.didtron.app.cli;

import com.didtron.activities.switchsync.RouteRule;
import com.didtron.domain.account.AccountId;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.context.ApplicationContext;

/**
 * Hang-up → rated CDR in the ledger: SIPp places short answered calls through the control switch
 * while the bench polls the database every {@link #POLL_MS} ms, until the first poll that sees each
 * call's CDR stored RATED with its usage batch received by the ledger ({@code ledger_usage_batch},
 * written in the same transaction as the CDR), i.e. charged. The call's end is bracketed: Kamailio
 * writes its {@code acc_cdrs} row at the hang-up, so the poll that first sees the row is at or just
 * after the end (the wait from there is a lower bound); the row's {@code end_time} has whole
 * seconds only, at or before the end (the wait from there is an upper bound).
 */
final class SwitchBenchCdrs {
  static final int POLL_MS = 20;
  private static final long GIVE_UP_NANOS = 60_000_000_000L;
  private final DSLContext db;
  private final SwitchBenchReport report;
  private final String pullInterval;

  SwitchBenchCdrs(ApplicationContext platform, SwitchBenchReport report) {
    this.db = platform.getBean(DSLContext.class);
    this.report = report;
    this.pullInterval =
        platform.getEnvironment().getProperty("didtron.switch.cdr-pull-interval", "5s");
  }

  /** {@code calls} calls at {@code rate} per second from {@code customer} through the switch. */
  void measure(
      String controlSip, AccountId customer, List<RouteRule> rules, int calls, int rate, Path dir) {
    Random random = new Random(13);
    List<String> numbers = new ArrayList<>(calls);
    for (int i = 0; i < calls; i++) {
      numbers.add(SwitchBenchPlan.number(rules.get(random.nextInt(rules.size()))));
    }
    long cursor =
        db.fetchSingle("SELECT coalesce(max(id), 0) FROM kamailio.acc_cdrs").get(0, Long.class);
    Instant since = Instant.now().minusSeconds(60);
    int perSecond = Math.min(rate, calls);
    int seconds = Math.max(1, (calls + perSecond - 1) / perSecond);
    CompletableFuture<SwitchBenchReport.Load> load =
        CompletableFuture.supplyAsync(
            () -> SippLoad.run(controlSip, perSecond, seconds, numbers, dir));
    Map<String, Instant> ended = new HashMap<>();
    Map<String, Instant> accounted = new HashMap<>();
    Map<String, Instant> charged = new HashMap<>();
    String problem = null;
    long doneAt = 0;
    while (problem == null) {
      cursor = newCalls(cursor, numbers, ended, accounted);
      charged(customer.value(), since, ended, charged);
      problem = unrated(customer.value(), since, ended, charged);
      if (load.isDone() && doneAt == 0) {
        doneAt = System.nanoTime();
      }
      if (doneAt != 0 && charged.size() == ended.size()) {
        break;
      }
      if (doneAt != 0 && System.nanoTime() - doneAt > GIVE_UP_NANOS) {
        problem = (ended.size() - charged.size()) + " CDRs not charged 60 s after the last call";
      }
      SwitchBenchEnforcement.pause(POLL_MS);
    }
    SwitchBenchReport.Load placed = load.join();
    report.line(
        "hang-up to CDR:    %s (target < 10 s)",
        Latencies.of(HangUps.waits(accounted, charged))
            .summary("hang-up (its acc row seen) → rated CDR charged in the ledger"));
    report.line(
        "                   %s (upper bound: end_time has whole seconds)",
        Latencies.of(HangUps.waits(ended, charged)).summary("acc end_time → charged"));
    report.line(
        "                   CDR pull every %s, database polled every %d ms; %d of %d calls"
            + " answered at %d calls/s",
        pullInterval, POLL_MS, placed.answered(), placed.attempts(), perSecond);
    if (problem != null) {
      report.line("                   NOT ALL CHARGED: %s", problem);
    }
  }

  /**
   * Answered calls Kamailio accounted since {@code cursor}: their end and when this poll saw them;
   * the new cursor.
   */
  private long newCalls(
      long cursor,
      List<String> numbers,
      Map<String, Instant> ended,
      Map<String, Instant> accounted) {
    long next = cursor;
    Instant now = Instant.now();
    for (Record r :
        db.fetch(
            "SELECT id, callid, end_time FROM kamailio.acc_cdrs WHERE id > ?"
                + " AND dst_user = ANY(?) ORDER BY id",
            cursor,
            numbers.toArray(String[]::new))) {
      next = Math.max(next, r.get("id", Long.class));
      accounted.put(r.get("callid", String.class), now);
      ended.put(
          r.get("callid", String.class),
          r.get("end_time", LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }
    return next;
  }

  private void charged(
      java.util.UUID customer,
      Instant since,
      Map<String, Instant> ended,
      Map<String, Instant> seen) {
    String[] waiting = waiting(ended, seen);
    if (waiting.length == 0) {
      return;
    }
    List<String> done =
        db.fetch(
                "SELECT c.call_id FROM cdr c WHERE c.account_id = ? AND c.start_time >= ?::timestamptz"
                    + " AND c.source = 'kamailio' AND c.status = 'RATED' AND c.call_id = ANY(?)"
                    + " AND EXISTS (SELECT 1 FROM ledger_usage_batch l"
                    + " WHERE l.batch_id = c.batch_id)",
                customer,
                since.toString(),
                waiting)
            .getValues(0, String.class);
    Instant now = Instant.now();
    done.forEach(id -> seen.putIfAbsent(id, now));
  }

  /** Why a call's CDR will never be charged (rejected by the pull, or stored unrated), or null. */
  private String unrated(
      java.util.UUID customer,
      Instant since,
      Map<String, Instant> ended,
      Map<String, Instant> seen) {
    String[] waiting = waiting(ended, seen);
    if (waiting.length == 0) {
      return null;
    }
    Object rejected =
        db.fetchValue(
            "SELECT reason FROM switch_cdr_reject WHERE source = 'kamailio' AND call_id = ANY(?)"
                + " LIMIT 1",
            (Object) waiting);
    if (rejected != null) {
      return "the CDR pull rejected a call: " + rejected;
    }
    Object reason =
        db.fetchValue(
            "SELECT coalesce(reason, status) FROM cdr WHERE account_id = ? AND start_time >= ?::timestamptz"
                + " AND source = 'kamailio' AND status = 'UNRATED' AND call_id = ANY(?) LIMIT 1",
            customer,
            since.toString(),
            waiting);
    return reason == null ? null : "a CDR was stored unrated: " + reason;
  }

  private static String[] waiting(Map<String, Instant> ended, Map<String, Instant> seen) {
    return ended.keySet().stream().filter(id -> !seen.containsKey(id)).toArray(String[]::new);
  }
}
