package com.didtron.domain.workflow;

import java.time.Instant;

/**
 * One line of a workflow run's history as an auditor reads it: an activity scheduled, completed
 * (after how many attempts) or failed, a signal and who sent it, a timer, a failure.
 *
 * @param eventId the Temporal event the line comes from
 * @param kind what sort of step it was
 * @param title the step in words, e.g. "Activity Post completed"
 * @param detail the particulars: attempts, failure message, signal payload, timer length
 */
public record TimelineEntry(long eventId, Instant at, Kind kind, String title, String detail) {
  /** The sort of step, for grouping and styling. */
  public enum Kind {
    WORKFLOW,
    ACTIVITY,
    SIGNAL,
    TIMER,
    CHILD,
    FAILURE,
    OTHER
  }
}
