package com.didtron.activities.cdr;

import com.didtron.activities.workflowindex.WorkflowLauncher;
import com.didtron.domain.access.Actor;
import com.didtron.domain.ratedeck.RatingAccess;
import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.workflows.cdr.CdrInboxWorkflow;
import com.didtron.workflows.cdr.RerateRequest;
import com.didtron.workflows.cdr.RerateWorkflow;
import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Starts the CDR workflows: the inbox sweep on its cron schedule (from startup), an extra sweep on
 * demand, and re-rating a period.
 */
@Service
public class CdrWorkflows {
  private final WorkflowLauncher launcher;
  private final String inboxCron;
  private final Clock clock;

  CdrWorkflows(WorkflowLauncher launcher,
      @Value("${didtron.cdr.inbox-cron:*/5 * * * *}") String inboxCron, Clock clock) {
    this.launcher = launcher;
    this.inboxCron = inboxCron;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void scheduleInbox() {
    launcher.start(new WorkflowLauncher.Start(CdrInboxWorkflow.class,
        CdrInboxWorkflow.SCHEDULED_ID, "cdr-inbox", null, inboxCron));
  }

  /** Sweeps the inbox now, besides the schedule. */
  public WorkflowRun sweepInboxNow(Actor actor) {
    RatingAccess.requireWriter(actor);
    return launcher.start(new WorkflowLauncher.Start(CdrInboxWorkflow.class,
        "cdr-inbox-now-" + clock.millis(), "cdr-inbox", actor.tenantId(), null));
  }

  /**
   * Re-rates the actor's tenant's CDRs that started in {@code [from, to)}; {@code scope} UNRATED
   * only retries unrated ones, ALL also re-prices rated ones (posting differences only).
   */
  public WorkflowRun rerate(Actor actor, Instant from, Instant to, RerateRequest.Scope scope) {
    RatingAccess.requireWriter(actor);
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("the period must end after it starts");
    }
    RerateRequest request = new RerateRequest(actor.tenantId().value(), from.toString(),
        to.toString(), scope, actor.name());
    return launcher.start(new WorkflowLauncher.Start(RerateWorkflow.class,
        RerateWorkflow.workflowId(request), "rerate " + from + " to " + to, actor.tenantId(), null,
        request));
  }
}
