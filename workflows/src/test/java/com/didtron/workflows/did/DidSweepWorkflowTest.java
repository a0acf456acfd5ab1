package com.didtron.workflows.did;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.workflows.HistoryRecorder;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowExtension;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DidSweepWorkflowTest {
  static final class Recording implements DidSweepActivities {
    final List<String> calls = new CopyOnWriteArrayList<>();
    volatile int suspendFailures;

    @Override
    public int freeExpiredReservations() {
      calls.add("free");
      return 1;
    }

    @Override
    public int endQuarantines() {
      calls.add("quarantine");
      return 2;
    }

    @Override
    public int suspendUnpaid() {
      if (suspendFailures-- > 0) {
        calls.add("suspend failed");
        throw ApplicationFailure.newFailure("database restarting", "Transient");
      }
      calls.add("suspend");
      return 3;
    }

    @Override
    public int resumePaid() {
      calls.add("resume");
      return 4;
    }

    @Override
    public int releaseOverdue() {
      calls.add("release");
      return 5;
    }
  }

  static final Recording activities = new Recording();

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .setWorkflowTypes(DidSweepWorkflowImpl.class)
          .setActivityImplementations(activities)
          .build();

  @BeforeEach
  void reset() {
    activities.calls.clear();
    activities.suspendFailures = 0;
  }

  private static DidSweepReport sweep(WorkflowClient client, WorkflowOptions options, String id) {
    return client
        .newWorkflowStub(
            DidSweepWorkflow.class, WorkflowOptions.newBuilder(options).setWorkflowId(id).build())
        .sweep();
  }

  @Test
  void resumesBeforeSuspendingAndReleasesOverdueSuspensionsLast(
      WorkflowClient client, WorkflowOptions options) {
    DidSweepReport report = sweep(client, options, "did-lifecycle-sweep-test");
    assertThat(activities.calls)
        .containsExactly("free", "quarantine", "resume", "suspend", "release");
    assertThat(report).isEqualTo(new DidSweepReport(1, 2, 3, 4, 5));
    HistoryRecorder.recordIfAsked(client, "did-lifecycle-sweep-test", DidSweepWorkflowImpl.class);
  }

  @Test
  void aFailingStepIsRetriedAndTheSweepGoesOn(WorkflowClient client, WorkflowOptions options) {
    activities.suspendFailures = 2;
    DidSweepReport report = sweep(client, options, "did-lifecycle-sweep-retry");
    assertThat(activities.calls)
        .containsExactly(
            "free",
            "quarantine",
            "resume",
            "suspend failed",
            "suspend failed",
            "suspend",
            "release");
    assertThat(report.suspended()).isEqualTo(3);
  }
}
