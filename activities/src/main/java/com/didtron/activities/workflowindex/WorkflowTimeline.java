package com.didtron.activities.workflowindex;

import com.didtron.domain.workflow.TimelineEntry;
import com.didtron.domain.workflow.TimelineEntry.Kind;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.failure.v1.Failure;
import io.temporal.api.history.v1.HistoryEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Temporal event history into a timeline people read: workflow-task bookkeeping and markers
 * are left out; activities are named, with their attempts and last failure; signals show who sent
 * them (the {@code decidedBy}/{@code sentBy} field of their payload).
 */
public final class WorkflowTimeline {
  private static final int MAX_DETAIL = 300;
  private static final Pattern SENDER =
      Pattern.compile(
          "\"(decidedBy|sentBy|signalledBy|requestedBy|actor)\"\\s*:\\s*\"([^\"]{1,200})\"");

  private final Map<Long, String> activityNames = new HashMap<>();
  private final Map<Long, Integer> attempts = new HashMap<>();
  private final Map<Long, String> lastFailures = new HashMap<>();
  private final List<TimelineEntry> lines = new ArrayList<>();

  private WorkflowTimeline() {}

  /** The readable timeline of {@code events}, in event order. */
  public static List<TimelineEntry> of(List<HistoryEvent> events) {
    WorkflowTimeline t = new WorkflowTimeline();
    events.forEach(t::add);
    return List.copyOf(t.lines);
  }

  /** Who sent a signal, read from its payload; empty when the payload names nobody. */
  static Optional<String> sender(String payloadText) {
    Matcher m = SENDER.matcher(payloadText);
    return m.find() ? Optional.of(m.group(2)) : Optional.empty();
  }

  private void add(HistoryEvent e) {
    switch (e.getEventType()) {
      case EVENT_TYPE_WORKFLOW_EXECUTION_STARTED ->
          line(
              e,
              Kind.WORKFLOW,
              "Workflow "
                  + e.getWorkflowExecutionStartedEventAttributes().getWorkflowType().getName()
                  + " started",
              "input " + text(e.getWorkflowExecutionStartedEventAttributes().getInput()));
      case EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED ->
          line(
              e,
              Kind.WORKFLOW,
              "Workflow completed",
              "result " + text(e.getWorkflowExecutionCompletedEventAttributes().getResult()));
      case EVENT_TYPE_WORKFLOW_EXECUTION_FAILED ->
          line(
              e,
              Kind.FAILURE,
              "Workflow failed",
              message(e.getWorkflowExecutionFailedEventAttributes().getFailure()));
      case EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT ->
          line(e, Kind.FAILURE, "Workflow timed out", "");
      case EVENT_TYPE_WORKFLOW_EXECUTION_CANCEL_REQUESTED ->
          line(
              e,
              Kind.WORKFLOW,
              "Cancellation requested",
              e.getWorkflowExecutionCancelRequestedEventAttributes().getCause());
      case EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED ->
          line(e, Kind.WORKFLOW, "Workflow cancelled", "");
      case EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED ->
          line(
              e,
              Kind.FAILURE,
              "Workflow terminated",
              e.getWorkflowExecutionTerminatedEventAttributes().getReason());
      case EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW ->
          line(
              e,
              Kind.WORKFLOW,
              "Continued as a new run",
              e.getWorkflowExecutionContinuedAsNewEventAttributes().getNewExecutionRunId());
      case EVENT_TYPE_WORKFLOW_TASK_FAILED ->
          line(
              e,
              Kind.FAILURE,
              "Workflow code failed (will retry)",
              message(e.getWorkflowTaskFailedEventAttributes().getFailure()));
      case EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED -> signal(e);
      case EVENT_TYPE_ACTIVITY_TASK_SCHEDULED,
          EVENT_TYPE_ACTIVITY_TASK_STARTED,
          EVENT_TYPE_ACTIVITY_TASK_COMPLETED,
          EVENT_TYPE_ACTIVITY_TASK_FAILED,
          EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT,
          EVENT_TYPE_ACTIVITY_TASK_CANCELED ->
          ActivityLines.add(this, e);
      case EVENT_TYPE_TIMER_STARTED ->
          line(
              e,
              Kind.TIMER,
              "Timer set",
              duration(e.getTimerStartedEventAttributes().getStartToFireTimeout().getSeconds()));
      case EVENT_TYPE_TIMER_FIRED -> line(e, Kind.TIMER, "Timer fired", "");
      case EVENT_TYPE_TIMER_CANCELED -> line(e, Kind.TIMER, "Timer cancelled", "");
      case EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED ->
          line(
              e,
              Kind.CHILD,
              "Child workflow "
                  + e.getStartChildWorkflowExecutionInitiatedEventAttributes()
                      .getWorkflowType()
                      .getName()
                  + " started",
              e.getStartChildWorkflowExecutionInitiatedEventAttributes().getWorkflowId());
      case EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED ->
          line(
              e,
              Kind.CHILD,
              "Child workflow completed",
              e.getChildWorkflowExecutionCompletedEventAttributes()
                  .getWorkflowExecution()
                  .getWorkflowId());
      case EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_FAILED ->
          line(
              e,
              Kind.FAILURE,
              "Child workflow failed",
              message(e.getChildWorkflowExecutionFailedEventAttributes().getFailure()));
      case EVENT_TYPE_WORKFLOW_TASK_SCHEDULED,
          EVENT_TYPE_WORKFLOW_TASK_STARTED,
          EVENT_TYPE_WORKFLOW_TASK_COMPLETED,
          EVENT_TYPE_MARKER_RECORDED,
          EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES,
          EVENT_TYPE_WORKFLOW_PROPERTIES_MODIFIED -> {
        // bookkeeping of the SDK, not a business step
      }
      default ->
          line(
              e,
              Kind.OTHER,
              e.getEventType()
                  .name()
                  .replace("EVENT_TYPE_", "")
                  .replace('_', ' ')
                  .toLowerCase(Locale.ROOT),
              "");
    }
  }

  private void signal(HistoryEvent e) {
    var a = e.getWorkflowExecutionSignaledEventAttributes();
    String payload = text(a.getInput());
    String from = sender(payload).orElse(a.getIdentity().isBlank() ? "unknown" : a.getIdentity());
    line(e, Kind.SIGNAL, "Signal " + a.getSignalName() + " from " + from, payload);
  }

  /**
   * Activity events: named from their scheduling event, with the attempt count and last failure.
   */
  private static final class ActivityLines {
    static void add(WorkflowTimeline t, HistoryEvent e) {
      switch (e.getEventType()) {
        case EVENT_TYPE_ACTIVITY_TASK_SCHEDULED -> {
          String name = e.getActivityTaskScheduledEventAttributes().getActivityType().getName();
          t.activityNames.put(e.getEventId(), name);
          t.line(e, Kind.ACTIVITY, "Activity " + name + " scheduled", "");
        }
        case EVENT_TYPE_ACTIVITY_TASK_STARTED -> {
          var a = e.getActivityTaskStartedEventAttributes();
          t.attempts.put(a.getScheduledEventId(), a.getAttempt());
          if (a.hasLastFailure()) {
            t.lastFailures.put(a.getScheduledEventId(), message(a.getLastFailure()));
          }
        }
        case EVENT_TYPE_ACTIVITY_TASK_COMPLETED -> {
          long id = e.getActivityTaskCompletedEventAttributes().getScheduledEventId();
          t.line(e, Kind.ACTIVITY, "Activity " + t.name(id) + " completed", t.tries(id));
        }
        case EVENT_TYPE_ACTIVITY_TASK_FAILED -> {
          var a = e.getActivityTaskFailedEventAttributes();
          t.line(
              e,
              Kind.FAILURE,
              "Activity " + t.name(a.getScheduledEventId()) + " failed",
              message(a.getFailure()) + "; " + t.tries(a.getScheduledEventId()));
        }
        case EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT -> {
          long id = e.getActivityTaskTimedOutEventAttributes().getScheduledEventId();
          t.line(e, Kind.FAILURE, "Activity " + t.name(id) + " timed out", t.tries(id));
        }
        default -> {
          long id = e.getActivityTaskCanceledEventAttributes().getScheduledEventId();
          t.line(e, Kind.ACTIVITY, "Activity " + t.name(id) + " cancelled", "");
        }
      }
    }
  }

  private String name(long scheduledEventId) {
    return activityNames.getOrDefault(scheduledEventId, "#" + scheduledEventId);
  }

  private String tries(long scheduledEventId) {
    int n = attempts.getOrDefault(scheduledEventId, 1);
    if (n <= 1) {
      return "first attempt";
    }
    String last = lastFailures.get(scheduledEventId);
    return n
        + " attempts ("
        + (n - 1)
        + " retries)"
        + (last == null ? "" : "; last failure: " + last);
  }

  private void line(HistoryEvent e, Kind kind, String title, String detail) {
    lines.add(new TimelineEntry(e.getEventId(), instant(e), kind, title, cap(detail)));
  }

  private static String message(Failure f) {
    String m = f.getMessage();
    return f.hasCause() && !f.getCause().getMessage().isBlank()
        ? m + " (cause: " + f.getCause().getMessage() + ")"
        : m;
  }

  private static String text(Payloads payloads) {
    return payloads.getPayloadsList().stream()
        .map(p -> p.getData().toStringUtf8())
        .reduce((a, b) -> a + ", " + b)
        .orElse("none");
  }

  private static String duration(long seconds) {
    if (seconds % 86_400 == 0 && seconds > 0) {
      return seconds / 86_400 + " d";
    }
    if (seconds % 3600 == 0 && seconds > 0) {
      return seconds / 3600 + " h";
    }
    return seconds % 60 == 0 && seconds > 0 ? seconds / 60 + " min" : seconds + " s";
  }

  private static String cap(String s) {
    String one = s == null ? "" : s.replaceAll("\\s+", " ").strip();
    return one.length() > MAX_DETAIL ? one.substring(0, MAX_DETAIL) + "…" : one;
  }

  private static Instant instant(HistoryEvent e) {
    return Instant.ofEpochSecond(e.getEventTime().getSeconds(), e.getEventTime().getNanos());
  }
}
