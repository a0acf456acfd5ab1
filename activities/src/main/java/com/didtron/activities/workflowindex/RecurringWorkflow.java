package com.didtron.activities.workflowindex;

import com.didtron.activities.Facade;

/**
 * A workflow that runs on a Temporal cron schedule. A feature adds one by declaring a Spring bean
 * implementing this interface; {@link RecurringWorkflows} starts every such bean once the worker
 * polls (after the restart recovery), and keeps a schedule that is already running.
 *
 * <p>Cron workflows rather than Temporal Schedules: the embedded server does not implement the
 * Schedule API (see docs/architecture.md).
 */
@Facade
public interface RecurringWorkflow {
  /** The workflow interface to start. */
  Class<?> workflowType();

  /** The schedule's fixed workflow id (a second start is refused by Temporal itself). */
  String workflowId();

  /** What operators search for in the workflow index. */
  String businessKey();

  /** When it runs: a 5-field UNIX cron expression, UTC, read from the settings. */
  String cron();

  /**
   * Whether the platform may not run without it: a failure to schedule stops the start; else it is
   * logged.
   */
  default boolean required() {
    return true;
  }

  /** How it is started: platform-wide (no tenant), without arguments. */
  default WorkflowLauncher.Start start() {
    return new WorkflowLauncher.Start(workflowType(), workflowId(), businessKey(), null, cron());
  }

  /**
   * A schedule told by its values: a feature's schedule extends it with its workflow, id, key, the
   * cron from its settings and whether the platform needs it.
   */
  abstract class OnCron implements RecurringWorkflow {
    private final Class<?> workflowType;
    private final String workflowId;
    private final String businessKey;
    private final String cron;
    private final boolean required;

    protected OnCron(
        Class<?> workflowType,
        String workflowId,
        String businessKey,
        String cron,
        boolean required) {
      this.workflowType = workflowType;
      this.workflowId = workflowId;
      this.businessKey = businessKey;
      this.cron = cron;
      this.required = required;
    }

    @Override
    public Class<?> workflowType() {
      return workflowType;
    }

    @Override
    public String workflowId() {
      return workflowId;
    }

    @Override
    public String businessKey() {
      return businessKey;
    }

    @Override
    public String cron() {
      return cron;
    }

    @Override
    public boolean required() {
      return required;
    }
  }
}
