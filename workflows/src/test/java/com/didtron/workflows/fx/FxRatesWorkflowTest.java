package com.didtron.workflows.fx;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.workflows.HistoryRecorder;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FxRatesWorkflowTest {
  /** Fails the first call (a provider hiccup), then stores 170 rates. */
  static final class FlakyProvider implements FxRatesActivities {
    final List<String> calls = new ArrayList<>();

    @Override
    public FxFetchResult fetchDay(FxFetchRequest request) {
      calls.add(request.day() + "@" + request.workflowId());
      if (calls.size() == 1) {
        throw new IllegalStateException("provider answered 503");
      }
      return new FxFetchResult(request.day(), 170, null);
    }
  }

  static final FlakyProvider activities = new FlakyProvider();

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .setWorkflowTypes(FxRatesWorkflowImpl.class)
          .setActivityImplementations(activities)
          .build();

  @Test
  void fetchesTodaysRatesByTheWorkflowClockRetryingAFailingProvider(
      TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options)
      throws Exception {
    FxRatesWorkflow refresh =
        client.newWorkflowStub(
            FxRatesWorkflow.class,
            WorkflowOptions.newBuilder(options).setWorkflowId("fx-test").build());
    String today =
        LocalDate.ofInstant(Instant.ofEpochMilli(env.currentTimeMillis()), ZoneOffset.UTC)
            .toString();

    FxFetchResult result = refresh.refresh();

    assertThat(result.currencies()).isEqualTo(170);
    assertThat(result.day()).isEqualTo(today);
    assertThat(activities.calls).containsExactly(today + "@fx-test", today + "@fx-test");
    WorkflowExecutionHistory history = client.fetchHistory("fx-test");
    HistoryRecorder.recordIfAsked(client, "fx-test", FxRatesWorkflowImpl.class);
    WorkflowReplayer.replayWorkflowExecution(history, FxRatesWorkflowImpl.class);
  }
}
