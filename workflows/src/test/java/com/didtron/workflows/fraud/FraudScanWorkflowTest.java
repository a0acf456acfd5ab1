package com.didtron.workflows.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.workflows.HistoryRecorder;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowExtension;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FraudScanWorkflowTest {
  /** A scan that fails once (as a database hiccup would) and then reports. */
  static final class FlakyScan implements FraudScanActivities {
    final AtomicInteger attempts = new AtomicInteger();

    @Override
    public FraudScanReport scan() {
      if (attempts.incrementAndGet() == 1) {
        throw new IllegalStateException("database restarting");
      }
      return new FraudScanReport(4, 1);
    }
  }

  static final FlakyScan activities = new FlakyScan();

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .setWorkflowTypes(FraudScanWorkflowImpl.class)
          .setActivityImplementations(activities)
          .build();

  @Test
  void aScanRetriesAFailedAttemptAndReturnsWhatTheScanDid(
      WorkflowClient client, WorkflowOptions options) {
    FraudScanWorkflow scan =
        client.newWorkflowStub(
            FraudScanWorkflow.class,
            WorkflowOptions.newBuilder(options).setWorkflowId("fraud-scan-test").build());

    FraudScanReport report = scan.scan();

    assertThat(report).isEqualTo(new FraudScanReport(4, 1));
    assertThat(activities.attempts).hasValue(2);
    HistoryRecorder.recordIfAsked(client, "fraud-scan-test", FraudScanWorkflowImpl.class);
  }
}
