package com.didtron.domain.workflow;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a workflow run stands in DIDTron's index: Temporal's execution statuses, plus LOST (the
 * server forgot the run) and RESTARTED (DIDTron started a lost run again).
 */
public enum WorkflowRunStatus {
  RUNNING,
  COMPLETED,
  FAILED,
  CANCELED,
  TERMINATED,
  CONTINUED_AS_NEW,
  TIMED_OUT,
  LOST,
  RESTARTED;

  /** The status with that name, empty for an unknown one (a filter typed by a user). */
  public static Optional<WorkflowRunStatus> parse(String name) {
    return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
  }
}
