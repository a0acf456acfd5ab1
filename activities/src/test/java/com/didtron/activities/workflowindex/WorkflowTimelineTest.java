package com.didtron.activities.workflowindex;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.domain.workflow.TimelineEntry;
import com.didtron.domain.workflow.TimelineEntry.Kind;
import com.google.protobuf.ByteString;
import com.google.protobuf.Duration;
import com.google.protobuf.Timestamp;
import io.temporal.api.common.v1.ActivityType;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.failure.v1.Failure;
import io.temporal.api.history.v1.ActivityTaskCompletedEventAttributes;
import io.temporal.api.history.v1.ActivityTaskFailedEventAttributes;
import io.temporal.api.history.v1.ActivityTaskScheduledEventAttributes;
import io.temporal.api.history.v1.ActivityTaskStartedEventAttributes;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.history.v1.TimerStartedEventAttributes;
import io.temporal.api.history.v1.WorkflowExecutionSignaledEventAttributes;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowTimelineTest {
  private static HistoryEvent.Builder event(long id, EventType type) {
    return HistoryEvent.newBuilder()
        .setEventId(id)
        .setEventType(type)
        .setEventTime(Timestamp.newBuilder().setSeconds(1_700_000_000L + id));
  }

  private static Payloads json(String text) {
    return Payloads.newBuilder()
        .addPayloads(
            Payload.newBuilder()
                .putMetadata("encoding", ByteString.copyFromUtf8("json/plain"))
                .setData(ByteString.copyFromUtf8(text)))
        .build();
  }

  private static List<String> titles(List<TimelineEntry> lines) {
    return lines.stream().map(TimelineEntry::title).toList();
  }

  @Test
  void anActivityThatSucceededOnItsThirdAttemptShowsItsRetriesAndLastFailure() {
    List<TimelineEntry> lines =
        WorkflowTimeline.of(
            List.of(
                event(5, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
                    .setActivityTaskScheduledEventAttributes(
                        ActivityTaskScheduledEventAttributes.newBuilder()
                            .setActivityType(ActivityType.newBuilder().setName("Post")))
                    .build(),
                event(6, EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED)
                    .setActivityTaskStartedEventAttributes(
                        ActivityTaskStartedEventAttributes.newBuilder()
                            .setScheduledEventId(5)
                            .setAttempt(3)
                            .setLastFailure(Failure.newBuilder().setMessage("database busy")))
                    .build(),
                event(7, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED)
                    .setActivityTaskCompletedEventAttributes(
                        ActivityTaskCompletedEventAttributes.newBuilder().setScheduledEventId(5))
                    .build()));

    assertThat(titles(lines)).containsExactly("Activity Post scheduled", "Activity Post completed");
    assertThat(lines.get(1).detail())
        .isEqualTo("3 attempts (2 retries); last failure: database busy");
    assertThat(lines.get(1).kind()).isEqualTo(Kind.ACTIVITY);
  }

  @Test
  void aFailedActivityIsAFailureLineWithItsMessage() {
    List<TimelineEntry> lines =
        WorkflowTimeline.of(
            List.of(
                event(5, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
                    .setActivityTaskScheduledEventAttributes(
                        ActivityTaskScheduledEventAttributes.newBuilder()
                            .setActivityType(ActivityType.newBuilder().setName("Issue")))
                    .build(),
                event(8, EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED)
                    .setActivityTaskFailedEventAttributes(
                        ActivityTaskFailedEventAttributes.newBuilder()
                            .setScheduledEventId(5)
                            .setFailure(Failure.newBuilder().setMessage("no PDF font")))
                    .build()));

    assertThat(lines.get(1).kind()).isEqualTo(Kind.FAILURE);
    assertThat(lines.get(1).title()).isEqualTo("Activity Issue failed");
    assertThat(lines.get(1).detail()).startsWith("no PDF font");
  }

  @Test
  void aSignalShowsWhoSentItFromItsPayload() {
    List<TimelineEntry> lines =
        WorkflowTimeline.of(
            List.of(
                event(9, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED)
                    .setWorkflowExecutionSignaledEventAttributes(
                        WorkflowExecutionSignaledEventAttributes.newBuilder()
                            .setSignalName("approve")
                            .setIdentity("1234@host")
                            .setInput(json("{\"decidedBy\":\"fin@example.test\",\"note\":\"ok\"}")))
                    .build()));

    assertThat(lines)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.kind()).isEqualTo(Kind.SIGNAL);
              assertThat(l.title()).isEqualTo("Signal approve from fin@example.test");
              assertThat(l.detail()).contains("\"note\":\"ok\"");
            });
  }

  @Test
  void timersReadAsDurationsAndSdkBookkeepingIsLeftOut() {
    List<TimelineEntry> lines =
        WorkflowTimeline.of(
            List.of(
                event(2, EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED).build(),
                event(3, EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED).build(),
                event(4, EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED).build(),
                event(5, EventType.EVENT_TYPE_TIMER_STARTED)
                    .setTimerStartedEventAttributes(
                        TimerStartedEventAttributes.newBuilder()
                            .setStartToFireTimeout(Duration.newBuilder().setSeconds(7200)))
                    .build(),
                event(6, EventType.EVENT_TYPE_TIMER_FIRED).build()));

    assertThat(titles(lines)).containsExactly("Timer set", "Timer fired");
    assertThat(lines.get(0).detail()).isEqualTo("2 h");
  }
}
