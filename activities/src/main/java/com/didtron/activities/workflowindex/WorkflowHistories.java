package com.didtron.activities.workflowindex;

import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.workflow.TimelineEntry;
import com.didtron.domain.workflow.WorkflowRun;
import io.temporal.client.WorkflowClient;
import io.temporal.common.WorkflowExecutionHistory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way to read a workflow run's history: checks that the actor may read the run (auditors
 * and super admins of the run's tenant; see {@link AccessPolicy#requireCanReadWorkflow}), then
 * fetches the history: from Temporal while it knows the run, else from the archive in PostgreSQL
 * ({@link WorkflowHistoryArchive}), so a run's history outlives a restart of the embedded server.
 */
@Service
public class WorkflowHistories {
  /** A run from the index, its readable timeline, and the full Temporal history behind it. */
  public record RunHistory(
      WorkflowRun run, List<TimelineEntry> timeline, WorkflowExecutionHistory events) {}

  /** The run is known but its history is gone (an embedded Temporal server forgets on restart). */
  public static class HistoryUnavailable extends NoSuchElementException {
    public HistoryUnavailable() {
      super(
          "The history of this run is no longer available: neither Temporal nor the archive holds it");
    }
  }

  private final WorkflowIndex index;
  private final WorkflowClient client;
  private final WorkflowHistoryArchive archive;
  private final JsonMapper json;

  public WorkflowHistories(
      WorkflowIndex index, WorkflowClient client, WorkflowHistoryArchive archive, JsonMapper json) {
    this.index = index;
    this.client = client;
    this.archive = archive;
    this.json = json;
  }

  /**
   * The run's history, after the access check; a refusal reads alike whether or not the run exists.
   */
  public RunHistory history(Actor actor, String workflowId, String runId) {
    WorkflowIndex.Entry entry =
        index.entry(workflowId, runId).orElseThrow(() -> new AccessDenied("No such workflow run"));
    AccessPolicy.requireCanReadWorkflow(actor, entry.tenant());
    WorkflowExecutionHistory events = fetch(workflowId, runId);
    return new RunHistory(entry.run(), WorkflowTimeline.of(events.getEvents()), events);
  }

  /**
   * The run as a JSON document to download: the index entry, the readable timeline, and Temporal's
   * own history (replayable with the Temporal SDK).
   */
  public String exportJson(Actor actor, String workflowId, String runId) {
    RunHistory h = history(actor, workflowId, runId);
    Map<String, Object> doc = new LinkedHashMap<>();
    WorkflowRun r = h.run();
    doc.put("workflowId", r.workflowId());
    doc.put("runId", r.runId());
    doc.put("workflowType", r.workflowType());
    doc.put("businessKey", r.businessKey());
    doc.put("status", r.status().name());
    doc.put("startedAt", r.startedAt().toString());
    doc.put("closedAt", r.closedAt() == null ? null : r.closedAt().toString());
    doc.put("timeline", h.timeline().stream().map(WorkflowHistories::line).toList());
    doc.put("temporalHistory", json.readTree(h.events().toJson(false)));
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
  }

  private static Map<String, Object> line(TimelineEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("eventId", e.eventId());
    m.put("at", e.at().toString());
    m.put("kind", e.kind().name());
    m.put("title", e.title());
    m.put("detail", e.detail());
    return m;
  }

  /** Where histories come from: Temporal while it knows the run, else the archive. */
  private WorkflowExecutionHistory fetch(String workflowId, String runId) {
    try {
      return client.fetchHistory(workflowId, runId);
    } catch (RuntimeException e) {
      return archive
          .read(workflowId, runId)
          .map(h -> new WorkflowExecutionHistory(h, workflowId))
          .orElseThrow(HistoryUnavailable::new);
    }
  }
}
