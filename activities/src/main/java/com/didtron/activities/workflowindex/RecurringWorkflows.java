package com.didtron.activities.workflowindex;

import com.didtron.domain.workflow.WorkflowRun;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Every {@link RecurringWorkflow} bean of the platform, and the one place that starts them. */
@Service
public class RecurringWorkflows {
  private static final Logger log = LoggerFactory.getLogger(RecurringWorkflows.class);

  private final List<RecurringWorkflow> recurring;
  private final WorkflowLauncher launcher;

  public RecurringWorkflows(List<RecurringWorkflow> recurring, WorkflowLauncher launcher) {
    this.recurring = List.copyOf(recurring);
    this.launcher = launcher;
  }

  /** The recurring workflows this platform runs. */
  public List<RecurringWorkflow> all() {
    return recurring;
  }

  /**
   * Starts each schedule that is not running yet (a running one is kept as it is). A required one
   * that cannot be started stops here; an optional one is logged and skipped.
   */
  public List<WorkflowRun> ensureScheduled() {
    List<WorkflowRun> runs = new ArrayList<>();
    for (RecurringWorkflow r : recurring) {
      try {
        runs.add(launcher.start(r.start()));
      } catch (RuntimeException e) {
        if (r.required()) {
          throw e;
        }
        log.warn("Could not schedule {} ({}): {}", r.businessKey(), r.workflowId(), e.getMessage());
      }
    }
    return runs;
  }
}
