package com.didtron.activities.switchcdr;

import com.didtron.activities.Facade;
import com.didtron.activities.workflowindex.WorkflowLauncher;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.workflows.switchcdr.CdrPullPlan;
import com.didtron.workflows.switchcdr.SwitchCdrPullWorkflow;
import io.temporal.client.WorkflowClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Starts one {@link SwitchCdrPullWorkflow} per pulled source when the platform is ready (a running
 * one is kept), and asks them to pull now for operators.
 */
@Service
@Facade
public class SwitchCdrPullWorkflows {
  /** Pulls per workflow run before it continues as new (about 40 minutes at 5 s). */
  static final int ROUNDS_PER_RUN = 500;

  private static final Logger log = LoggerFactory.getLogger(SwitchCdrPullWorkflows.class);

  private final SwitchCdrPulls pulls;
  private final WorkflowLauncher launcher;
  private final WorkflowClient client;

  SwitchCdrPullWorkflows(SwitchCdrPulls pulls, WorkflowLauncher launcher, WorkflowClient client) {
    this.pulls = pulls;
    this.launcher = launcher;
    this.client = client;
  }

  @EventListener(ApplicationReadyEvent.class)
  void startPulls() {
    for (String source : pulls.sources()) {
      try {
        start(source);
      } catch (RuntimeException e) {
        log.warn("The CDR pull of {} could not be started: {}", source, e.getMessage());
      }
    }
  }

  private void start(String source) {
    launcher.start(
        new WorkflowLauncher.Start(
            SwitchCdrPullWorkflow.class,
            SwitchCdrPullWorkflow.workflowId(source),
            "switch-cdr-pull " + source,
            null,
            null,
            new CdrPullPlan(source, ROUNDS_PER_RUN)));
  }

  /** Signals every source's pull workflow (started first if it does not run) to pull now. */
  public void pullNow(Actor actor) {
    AccessPolicy.requireSuperAdmin(actor);
    for (String source : pulls.sources()) {
      start(source);
      client
          .newWorkflowStub(SwitchCdrPullWorkflow.class, SwitchCdrPullWorkflow.workflowId(source))
          .pullNow();
    }
  }
}
