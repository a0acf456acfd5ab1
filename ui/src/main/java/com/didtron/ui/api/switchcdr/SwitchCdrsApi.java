package com.didtron.ui.api.switchcdr;

import com.didtron.activities.switchcdr.SourceState;
import com.didtron.activities.switchcdr.SwitchCdrPullWorkflows;
import com.didtron.activities.switchcdr.SwitchCdrPulls;
import com.didtron.ui.api.base.ApiActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The switches' CDR pull for operators: where each source stands, and a pull now (super admins).
 */
@RestController
@Tag(name = "Switch", description = "The Class 4 switch: CDR pull")
public class SwitchCdrsApi {
  private final SwitchCdrPulls pulls;
  private final SwitchCdrPullWorkflows workflows;

  public SwitchCdrsApi(SwitchCdrPulls pulls, SwitchCdrPullWorkflows workflows) {
    this.pulls = pulls;
    this.workflows = workflows;
  }

  /** A rejected row. */
  public record RejectJson(
      String rowId, String callId, String reason, String row, String pulledAt) {
    static RejectJson of(SourceState.Reject r) {
      return new RejectJson(r.rowId(), r.callId(), r.reason(), r.raw(), r.pulledAt().toString());
    }
  }

  /** Where a source's pull stands. */
  public record SourceJson(
      String source,
      long lastId,
      String lastPullAt,
      long rows,
      long stored,
      long duplicates,
      long rejects,
      int awaitingLateRows,
      String lastError,
      List<RejectJson> recentRejects) {
    static SourceJson of(SourceState s) {
      return new SourceJson(
          s.source(),
          s.lastId(),
          s.lastPullAt() == null ? null : s.lastPullAt().toString(),
          s.rowsRead(),
          s.stored(),
          s.duplicates(),
          s.rejected(),
          s.awaiting(),
          s.lastError(),
          s.recentRejects().stream().map(RejectJson::of).toList());
    }
  }

  /** The sources asked to pull. */
  public record PullJson(List<String> sources) {}

  @GetMapping("/api/switch/cdrs")
  @Operation(
      summary = "Where each switch's CDR pull stands, with its latest rejected rows (super admins)")
  public List<SourceJson> sources() {
    return pulls.states(ApiActor.current()).stream().map(SourceJson::of).toList();
  }

  @PostMapping("/api/switch/cdrs/pull")
  @Operation(summary = "Ask every switch's CDR pull workflow to pull now (super admins); 202")
  public ResponseEntity<PullJson> pullNow() {
    workflows.pullNow(ApiActor.current());
    return ResponseEntity.accepted().body(new PullJson(pulls.sources()));
  }
}
