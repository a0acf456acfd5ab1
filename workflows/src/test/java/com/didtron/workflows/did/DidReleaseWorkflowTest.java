package com.didtron.workflows.did;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.workflows.HistoryRecorder;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DidReleaseWorkflowTest {
  static final class Recording implements DidReleaseActivities {
    final List<String> calls = new CopyOnWriteArrayList<>();
    volatile String provider = "manual";
    volatile boolean inService = true;
    volatile int providerFailures;

    @Override
    public DidReleaseLine unassign(DidReleaseRequest request) {
      calls.add("unassign by " + request.requestedBy());
      return new DidReleaseLine(request.didId(), "4930100", provider, inService);
    }

    @Override
    public boolean releaseAtProvider(DidReleaseRequest request, DidReleaseLine line) {
      if (providerFailures-- > 0) {
        calls.add("provider timeout");
        throw ApplicationFailure.newFailure("provider timed out", "ProviderUnavailable");
      }
      calls.add("provider " + line.provider());
      return !"manual".equals(line.provider());
    }

    @Override
    public void givenBack(DidReleaseRequest request, DidReleaseLine line) {
      calls.add("given back");
    }
  }

  static final Recording activities = new Recording();

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .setWorkflowTypes(DidReleaseWorkflowImpl.class)
          .setActivityImplementations(activities)
          .build();

  @BeforeEach
  void reset() {
    activities.calls.clear();
    activities.provider = "manual";
    activities.inService = true;
    activities.providerFailures = 0;
  }

  private static String run(WorkflowClient client, WorkflowOptions options, UUID did) {
    DidReleaseWorkflow w =
        client.newWorkflowStub(
            DidReleaseWorkflow.class,
            WorkflowOptions.newBuilder(options)
                .setWorkflowId(DidReleaseWorkflow.workflowId(did))
                .build());
    return w.release(new DidReleaseRequest(UUID.randomUUID(), did, "customer@example.com"));
  }

  @Test
  void ourOwnNumberLeavesServiceAndWaitsInQuarantine(
      WorkflowClient client, WorkflowOptions options) {
    UUID did = UUID.randomUUID();
    assertThat(run(client, options, did)).isEqualTo("QUARANTINE");
    assertThat(activities.calls)
        .containsExactly("unassign by customer@example.com", "provider manual");
    HistoryRecorder.recordIfAsked(
        client, DidReleaseWorkflow.workflowId(did), DidReleaseWorkflowImpl.class);
  }

  @Test
  void aProviderNumberIsGivenBackAfterTheProviderComesBack(
      TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    activities.provider = "didww";
    activities.providerFailures = 3;
    long before = env.currentTimeMillis();
    assertThat(run(client, options, UUID.randomUUID())).isEqualTo("RELEASED");
    // out of service first; the provider's outage only delays the give-back (retried, time skipped)
    assertThat(activities.calls)
        .containsExactly(
            "unassign by customer@example.com",
            "provider timeout",
            "provider timeout",
            "provider timeout",
            "provider didww",
            "given back");
    assertThat(env.currentTimeMillis() - before)
        .isGreaterThanOrEqualTo(Duration.ofSeconds(5 + 10 + 20).toMillis());
  }

  @Test
  void aNumberNoLongerInServiceIsLeftAlone(WorkflowClient client, WorkflowOptions options) {
    activities.inService = false;
    assertThat(run(client, options, UUID.randomUUID())).isEqualTo("NOT_IN_SERVICE");
    assertThat(activities.calls).containsExactly("unassign by customer@example.com");
  }
}
