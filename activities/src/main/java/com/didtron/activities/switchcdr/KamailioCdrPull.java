package com.didtron.activities.switchcdr;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.db.tables.records.SwitchCdrCursorRecord;
import com.didtron.activities.did.DidsInService;
import com.didtron.activities.input.InputLimits;
import com.didtron.activities.trunk.TrunkDirectory;
import com.didtron.domain.access.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One pull of the local Kamailio's {@code acc_cdrs}, in the caller's transaction: locks the cursor,
 * reads the rows after it and the ids it skipped before (a row whose insert committed after a
 * higher id was read), stores the CDRs through the pipeline per tenant (duplicates dropped by call
 * id), keeps the malformed rows with their reason, and moves the cursor. Skipped ids are awaited
 * for {@code didtron.switch.cdr-late-rows} (default 10 minutes), then given up with a warning.
 */
@Component
class KamailioCdrPull {
  static final String SOURCE = "kamailio";
  private static final Logger log = LoggerFactory.getLogger(KamailioCdrPull.class);
  private static final int MAX_SKIPPED = 10_000;

  private final SwitchCdrCursors cursors;
  private final KamailioCdrRows rows;
  private final Accounts accounts;
  private final TrunkDirectory trunks;
  private final PulledStore store;
  private final DidsInService dids;
  private final InputLimits limits;
  private final Clock clock;
  private final int batch;
  private final Duration lateRows;

  KamailioCdrPull(
      SwitchCdrCursors cursors,
      KamailioCdrRows rows,
      Accounts accounts,
      TrunkDirectory trunks,
      PulledStore store,
      DidsInService dids,
      InputLimits limits,
      Clock clock,
      @Value("${didtron.switch.cdr-pull-batch:5000}") int batch,
      @Value("${didtron.switch.cdr-late-rows:10m}") Duration lateRows) {
    this.cursors = cursors;
    this.rows = rows;
    this.accounts = accounts;
    this.trunks = trunks;
    this.store = store;
    this.dids = dids;
    this.limits = limits;
    this.clock = clock;
    this.batch = Math.max(1, batch);
    this.lateRows = lateRows;
  }

  PulledStore.Pulled pull(Actor actor, String workflowId) {
    SwitchCdrCursorRecord cursor = cursors.lock(SOURCE);
    long lastId = cursor.getLastId();
    List<KamailioCdrRow> read = rows.after(lastId, cursors.awaited(SOURCE), batch);
    Instant now = clock.instant();
    PulledStore.Checked checked =
        new KamailioCdrCheck(
                accounts::find,
                trunks.byIds(KamailioCdrCheck.trunkIds(read)),
                limits.cdrWindow(clock),
                (tenant, number) -> dids.activeNumber(tenant.value(), number))
            .check(read);
    PulledStore.Pulled pulled =
        store.store(actor, SOURCE, workflowId, checked, read.size(), read.size() == batch, now);
    long newLast = advance(lastId, read, now);
    if (!read.isEmpty()) {
      log.debug("Kamailio CDR pull: {} (cursor {} → {})", pulled.result(), lastId, newLast);
    }
    return pulled;
  }

  /** Moves the cursor past the rows read; ids skipped on the way are awaited as late rows. */
  private long advance(long lastId, List<KamailioCdrRow> read, Instant now) {
    Set<Long> ids = new HashSet<>();
    long newLast = lastId;
    for (KamailioCdrRow r : read) {
      ids.add(r.id());
      newLast = Math.max(newLast, r.id());
    }
    List<Long> skipped = new ArrayList<>();
    for (long id = lastId + 1; id < newLast && skipped.size() < MAX_SKIPPED; id++) {
      if (!ids.contains(id)) {
        skipped.add(id);
      }
    }
    int givenUp = cursors.advance(SOURCE, newLast, ids, skipped, now, now.minus(lateRows));
    if (givenUp > 0) {
      log.warn(
          "Kamailio CDR pull: {} skipped row ids never appeared within {}; no longer awaited",
          givenUp,
          lateRows);
    }
    return newLast;
  }
}
