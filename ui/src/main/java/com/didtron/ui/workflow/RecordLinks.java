package com.didtron.ui.workflow;

import com.didtron.domain.user.Role;
import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Links between business records and the workflow runs that handled them: a record page links to
 * its runs in the explorer (by workflow id, which comes from the record's business key), and a run
 * links back to the page of its record.
 */
public final class RecordLinks {
  private static final Map<String, String> RECORD_PAGES =
      Map.of(
          "CreditNoteWorkflow", "credit-notes",
          "InvoiceRunWorkflow", "invoices",
          "InvoiceSchedulerWorkflow", "invoices",
          "NettingWorkflow", "netting",
          "CdrInboxWorkflow", "cdrs",
          "RerateWorkflow", "cdrs",
          "CarrierMonitorWorkflow", "sip-health",
          "RetentionPurgeWorkflow", "system",
          "FxRatesWorkflow", "fx-rates",
          "DidOrderWorkflow", "did-orders");
  private static final String CAMPAIGN_PREFIX = "sip-campaign-";

  private RecordLinks() {}

  /**
   * A link from a record to its workflow runs, for users who may read workflow histories; an empty
   * span for everyone else (and for records no workflow handled).
   */
  public static Component runsOf(String workflowId) {
    return runsOf(workflowId, "Workflow");
  }

  /** The same link with its own label, e.g. for all runs of one business key. */
  public static Component runsOf(String keyOrWorkflowId, String label) {
    boolean reader = UiActor.current().has(Role.SUPER_ADMIN) || UiActor.current().has(Role.AUDITOR);
    if (!reader || keyOrWorkflowId == null || keyOrWorkflowId.isBlank()) {
      return new Span();
    }
    Anchor a = new Anchor(explorerUrl(keyOrWorkflowId), label);
    a.addClassName("dt-workflow-link");
    return a;
  }

  /** The explorer filtered to one business key or workflow id. */
  public static String explorerUrl(String keyOrWorkflowId) {
    String base = RouteConfiguration.forSessionScope().getUrl(WorkflowsView.class);
    return base + "?" + QueryParameters.of(WorkflowsView.QUERY, keyOrWorkflowId).getQueryString();
  }

  /** The page of a run: its timeline. */
  public static String runUrl(WorkflowRun run) {
    return RouteConfiguration.forSessionScope()
        .getUrl(
            WorkflowRunView.class,
            new RouteParameters(Map.of("workflowId", run.workflowId(), "runId", run.runId())));
  }

  /** The page of the record a run worked on, when there is one. */
  public static Optional<String> recordUrl(WorkflowRun run) {
    if (run.workflowId().startsWith(CAMPAIGN_PREFIX)) {
      String id = run.workflowId().substring(CAMPAIGN_PREFIX.length());
      return isUuid(id) ? Optional.of("sip-tester/campaign/" + id) : Optional.empty();
    }
    return Optional.ofNullable(RECORD_PAGES.get(run.workflowType()));
  }

  private static boolean isUuid(String s) {
    try {
      UUID.fromString(s);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
