package com.didtron.activities.workflowindex;

import com.didtron.activities.Facade;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.domain.workflow.WorkflowRunStatus;
import com.didtron.workflows.TaskQueues;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Starts workflows and records them in the {@link WorkflowIndex}. Workflow ids come from business
 * keys, so starting the same business process twice is refused by Temporal itself; the launcher
 * then answers with the run already going.
 */
@Service
@Facade
public class WorkflowLauncher {
  private final WorkflowClient client;
  private final WorkflowIndex index;
  private final WorkflowStatusReader status;
  private final Clock clock;

  public WorkflowLauncher(
      WorkflowClient client, WorkflowIndex index, WorkflowStatusReader status, Clock clock) {
    this.client = client;
    this.index = index;
    this.status = status;
    this.clock = clock;
  }

  /**
   * What to start.
   *
   * @param workflowType the workflow interface
   * @param workflowId unique per business process, e.g. {@code invoice-<account>-<period>}
   * @param businessKey what operators search by
   * @param tenant the tenant it works for; null for platform-wide work
   * @param cronSchedule a 5-field UNIX cron expression for a recurring workflow, or null
   */
  public record Start(
      Class<?> workflowType,
      String workflowId,
      String businessKey,
      TenantId tenant,
      String cronSchedule,
      Object... args) {}

  public WorkflowRun start(Start start) {
    return start(
        start.workflowType().getSimpleName(),
        start.workflowId(),
        start.businessKey(),
        start.tenant(),
        start.cronSchedule(),
        null,
        start.args());
  }

  /**
   * Starts a run again from what the index stored about an earlier one that Temporal lost in a
   * restart (see {@link WorkflowRecovery}); the new run's row names the earlier run.
   */
  WorkflowRun restart(StoredRun earlier) {
    return start(
        earlier.run().workflowType(),
        earlier.run().workflowId(),
        earlier.run().businessKey(),
        earlier.tenant(),
        earlier.cronSchedule(),
        earlier.run().runId(),
        StartInput.read(earlier.startInput()).toArray());
  }

  private WorkflowRun start(
      String type,
      String workflowId,
      String businessKey,
      TenantId tenant,
      String cronSchedule,
      String restartedFrom,
      Object[] args) {
    WorkflowOptions.Builder options =
        WorkflowOptions.newBuilder().setTaskQueue(TaskQueues.PLATFORM).setWorkflowId(workflowId);
    if (cronSchedule != null) {
      options.setCronSchedule(cronSchedule);
    }
    WorkflowStub stub = client.newUntypedWorkflowStub(type, options.build());
    WorkflowRun run;
    try {
      WorkflowExecution execution = stub.start(args);
      run =
          new WorkflowRun(
              execution.getWorkflowId(),
              execution.getRunId(),
              type,
              businessKey,
              WorkflowRunStatus.RUNNING,
              clock.instant(),
              null);
    } catch (WorkflowExecutionAlreadyStarted already) {
      run =
          status
              .current(workflowId)
              .map(
                  r ->
                      new WorkflowRun(
                          r.workflowId(),
                          r.runId(),
                          type,
                          businessKey,
                          r.status(),
                          r.startedAt(),
                          r.closedAt()))
              .orElseThrow(() -> already);
    }
    index.started(
        new StoredRun(run, tenant, StartInput.write(client, args), cronSchedule, restartedFrom));
    return run;
  }
}
