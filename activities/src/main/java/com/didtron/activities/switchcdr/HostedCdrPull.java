package com.didtron.activities.switchcdr;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.db.tables.records.SwitchCdrCursorRecord;
import com.didtron.activities.did.DidsInService;
import com.didtron.activities.input.InputLimits;
import com.didtron.activities.switchsync.CdrCursor;
import com.didtron.activities.switchsync.HostedSwitch;
import com.didtron.activities.switchsync.HostedSwitchIds;
import com.didtron.activities.switchsync.SwitchCdrBatch;
import com.didtron.domain.access.Actor;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * One pull of a hosted switch's CDRs (ConnexCS), in the caller's transaction: the stored {@link
 * CdrCursor} (a first pull starts now), one page from {@link HostedSwitch#pullCdrs}, its CDRs
 * mapped to accounts through {@link HostedSwitchIds} (a call to one of the tenant's ACTIVE numbers
 * rated as inbound, like Kamailio's) and stored, its next cursor kept with them. Repeats and late
 * rows inside the overlap are the adapter's (docs/switching.md, "CDR cursor rules"); the pipeline's
 * call-id idempotency is the second guard.
 */
@Component
class HostedCdrPull {
  private final SwitchCdrCursors cursors;
  private final PulledStore store;
  private final Accounts accounts;
  private final DidsInService dids;
  private final InputLimits limits;
  private final JsonMapper json;
  private final Clock clock;

  HostedCdrPull(
      SwitchCdrCursors cursors,
      PulledStore store,
      Accounts accounts,
      DidsInService dids,
      InputLimits limits,
      JsonMapper json,
      Clock clock) {
    this.cursors = cursors;
    this.store = store;
    this.accounts = accounts;
    this.dids = dids;
    this.limits = limits;
    this.json = json;
    this.clock = clock;
  }

  PulledStore.Pulled pull(
      Actor actor, HostedSwitch hosted, HostedSwitchIds ids, String workflowId) {
    String source = hosted.name();
    SwitchCdrCursorRecord stored = cursors.lock(source);
    Instant now = clock.instant();
    CdrCursor cursor =
        stored.getState() == null
            ? CdrCursor.startingAt(now)
            : json.readValue(stored.getState().data(), CdrCursor.class);
    SwitchCdrBatch page = hosted.pullCdrs(cursor, now);
    PulledStore.Checked checked =
        new HostedCdrCheck(
                source,
                ids,
                accounts::find,
                limits.cdrWindow(clock),
                (tenant, number) -> dids.activeNumber(tenant.value(), number))
            .check(page.cdrs(), page.malformed());
    PulledStore.Pulled pulled =
        store.store(
            actor,
            source,
            workflowId,
            checked,
            page.cdrs().size() + page.malformed().size(),
            page.more(),
            now);
    cursors.keepState(source, json.writeValueAsString(page.next()));
    return pulled;
  }
}
