package com.didtron.workflows.didrental;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.workflows.HistoryRecorder;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DidRentalWorkflowTest {
  /** Records the day it is asked to charge. */
  static final class Recording implements DidRentalActivities {
    final List<String> days = new CopyOnWriteArrayList<>();

    @Override
    public DidRentalReport accrueDay(String day) {
      days.add(day);
      return new DidRentalReport(day, 3, 2, new BigDecimal("1.050000"));
    }
  }

  static final Recording activities = new Recording();

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .setWorkflowTypes(DidRentalWorkflowImpl.class)
          .setActivityImplementations(activities)
          .setInitialTime(Instant.parse("2026-12-04T00:15:00Z"))
          .build();

  @Test
  void aRunShortlyAfterMidnightChargesTheDayThatJustEndedInUtc(
      WorkflowClient client, WorkflowOptions options) {
    DidRentalWorkflow rental =
        client.newWorkflowStub(
            DidRentalWorkflow.class,
            WorkflowOptions.newBuilder(options).setWorkflowId("did-rental-test").build());

    DidRentalReport report = rental.accrue();

    assertThat(activities.days).containsExactly("2026-12-03");
    assertThat(report)
        .isEqualTo(new DidRentalReport("2026-12-03", 3, 2, new BigDecimal("1.050000")));
    HistoryRecorder.recordIfAsked(client, "did-rental-test", DidRentalWorkflowImpl.class);
  }
}
