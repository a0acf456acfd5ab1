package com.didtron.activities.workflowindex;

import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.workflow.WorkflowRun;
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
public class WorkflowLauncher {
  private final WorkflowClient client;
  private final WorkflowIndex index;
  private final WorkflowStatusReader status;
  private final Clock clock;

  public WorkflowLauncher(WorkflowClient client, WorkflowIndex index, WorkflowStatusReader status,
      Clock clock) {
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
  public record Start(Class<?> workflowType, String workflowId, String businessKey, TenantId tenant,
      String cronSchedule, Object... args) {}

  public WorkflowRun start(Start start) {
    WorkflowOptions.Builder options = WorkflowOptions.newBuilder()
        .setTaskQueue(TaskQueues.PLATFORM)
        .setWorkflowId(start.workflowId());
    if (start.cronSchedule() != null) {
      options.setCronSchedule(start.cronSchedule());
    }
    String type = start.workflowType().getSimpleName();
    WorkflowStub stub = client.newUntypedWorkflowStub(type, options.build());
    WorkflowRun run;
    try {
      WorkflowExecution execution = stub.start(start.args());
      run = new WorkflowRun(execution.getWorkflowId(), execution.getRunId(), type,
          start.businessKey(), "RUNNING", clock.instant(), null);
    } catch (WorkflowExecutionAlreadyStarted already) {
      run = status.current(start.workflowId())
          .map(r -> new WorkflowRun(r.workflowId(), r.runId(), type, start.businessKey(), r.status(),
              r.startedAt(), r.closedAt()))
          .orElseThrow(() -> already);
    }
    index.started(run, start.tenant());
    return run;
  }
}
