package com.didtron.activities.switchcdr;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.cdr.CdrRecords;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.tenant.TenantId;
import com.didtron.rating.cdr.CdrParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Stores what a pull read, in the caller's transaction: the CDRs through the pipeline, one ingest
 * per tenant (duplicates dropped by call id), and the rejected rows once each, audited.
 */
@Component
class PulledStore {
  private final CdrRecords records;
  private final SwitchCdrCursors cursors;
  private final AuditTrail audit;

  PulledStore(CdrRecords records, SwitchCdrCursors cursors, AuditTrail audit) {
    this.records = records;
    this.cursors = cursors;
    this.audit = audit;
  }

  /** What a pull read: CDRs per tenant and rejected rows. */
  record Checked(Map<TenantId, List<CdrParser.Line>> cdrs, List<PulledReject> rejects) {}

  /** What the pull did, and the call ids it charged. */
  record Pulled(PullResult result, List<String> charged) {}

  Pulled store(
      Actor actor,
      String source,
      String workflowId,
      Checked checked,
      long rows,
      boolean more,
      Instant now) {
    PullResult result = PullResult.nothing(source);
    List<String> charged = new ArrayList<>();
    for (Map.Entry<TenantId, List<CdrParser.Line>> e : checked.cdrs().entrySet()) {
      CdrRecords.Stored s =
          records.ingest(
              Actor.system("switch-cdr-pull", e.getKey()), source, workflowId, e.getValue());
      charged.addAll(s.charged());
      result =
          result.plus(new PullResult(source, 0, s.accepted(), s.rated(), s.duplicates(), 0, false));
    }
    List<PulledReject> kept = cursors.reject(source, checked.rejects(), now);
    for (PulledReject r : kept) {
      audit.record(
          actor,
          r.tenant(),
          AuditAction.CREATE,
          "switch_cdr_reject",
          source + "/" + r.rowId(),
          null,
          Map.of("reason", r.reason(), "row", r.raw()),
          workflowId);
    }
    return new Pulled(
        result.plus(new PullResult(source, rows, 0, 0, 0, kept.size(), more)), charged);
  }
}
