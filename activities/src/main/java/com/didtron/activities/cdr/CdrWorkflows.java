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
import org.springframework.stereotype.Service;

/**
 * Starts the CDR workflows on demand: an extra inbox sweep (besides the schedule, {@link
 * CdrInboxSchedule}) and re-rating a period.
 */
@Service
public class CdrWorkflows {
  private final WorkflowLauncher launcher;
  private final Clock clock;

  CdrWorkflows(WorkflowLauncher launcher, Clock clock) {
    this.launcher = launcher;
    this.clock = clock;
  }

  /** Sweeps the inbox now, besides the schedule. */
  public WorkflowRun sweepInboxNow(Actor actor) {
    RatingAccess.requireWriter(actor);
    return launcher.start(
        new WorkflowLauncher.Start(
            CdrInboxWorkflow.class,
            "cdr-inbox-now-" + clock.millis(),
            "cdr-inbox",
            actor.tenantId(),
            null));
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
    RerateRequest request =
        new RerateRequest(
            actor.tenantId().value(), from.toString(), to.toString(), scope, actor.name());
    return launcher.start(
        new WorkflowLauncher.Start(
            RerateWorkflow.class,
            RerateWorkflow.workflowId(request),
            "rerate " + from + " to " + to,
            actor.tenantId(),
            null,
            request));
  }
}
