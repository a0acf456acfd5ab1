package com.didtron.workflows.did;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.workflows.HistoryRecorder;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowExtension;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DidOrderWorkflowTest {
  static final UUID ITEM_A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  static final UUID ITEM_B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

  static final class Recording implements DidOrderActivities {
    final List<String> calls = new CopyOnWriteArrayList<>();
    volatile String failProviderOn;
    volatile boolean providerRetryable;
    volatile int providerFailures;
    final AtomicInteger providerAttempts = new AtomicInteger();
    volatile boolean refuseCheck;

    @Override
    public List<DidOrderLine> begin(DidOrderRequest request) {
      calls.add("begin");
      return List.of(
          new DidOrderLine(ITEM_A, UUID.randomUUID(), "4930100", "didww"),
          new DidOrderLine(ITEM_B, UUID.randomUUID(), "4930200", "didww"));
    }

    @Override
    public void check(DidOrderRequest request) {
      calls.add("check");
      if (refuseCheck) {
        throw ApplicationFailure.newNonRetryableFailure("+4930100 needs ID proven first", REFUSED);
      }
    }

    @Override
    public void chargeSetup(DidOrderRequest request, DidOrderLine line) {
      calls.add("charge " + line.number());
    }

    @Override
    public void orderAtProvider(DidOrderRequest request, DidOrderLine line) {
      providerAttempts.incrementAndGet();
      if (line.number().equals(failProviderOn)) {
        if (providerRetryable && providerFailures-- > 0) {
          calls.add("order " + line.number() + " timeout");
          throw ApplicationFailure.newFailure("provider timed out", "ProviderUnavailable");
        }
        if (!providerRetryable) {
          calls.add("order " + line.number() + " refused");
          throw ApplicationFailure.newNonRetryableFailure("out of stock", REFUSED);
        }
      }
      calls.add("order " + line.number());
    }

    @Override
    public void activate(DidOrderRequest request) {
      calls.add("activate");
    }

    @Override
    public void releaseAtProvider(DidOrderRequest request, DidOrderLine line) {
      calls.add("release " + line.number());
    }

    @Override
    public void reverseSetup(DidOrderRequest request, DidOrderLine line) {
      calls.add("reverse " + line.number());
    }

    @Override
    public void freeReservation(DidOrderRequest request) {
      calls.add("free");
    }

    @Override
    public void fail(DidOrderRequest request, String reason) {
      calls.add("fail: " + reason);
    }
  }

  static final Recording activities = new Recording();

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .setWorkflowTypes(DidOrderWorkflowImpl.class)
          .setActivityImplementations(activities)
          .build();

  @BeforeEach
  void reset() {
    activities.calls.clear();
    activities.failProviderOn = null;
    activities.providerRetryable = false;
    activities.providerFailures = 0;
    activities.providerAttempts.set(0);
    activities.refuseCheck = false;
  }

  private static String run(WorkflowClient client, WorkflowOptions options) {
    return run(client, options, false);
  }

  private static String run(WorkflowClient client, WorkflowOptions options, boolean record) {
    UUID order = UUID.randomUUID();
    DidOrderWorkflow w =
        client.newWorkflowStub(
            DidOrderWorkflow.class,
            WorkflowOptions.newBuilder(options)
                .setWorkflowId(DidOrderWorkflow.workflowId(order))
                .build());
    String state = w.run(new DidOrderRequest(UUID.randomUUID(), order));
    if (record) {
      HistoryRecorder.recordIfAsked(
          client, DidOrderWorkflow.workflowId(order), DidOrderWorkflowImpl.class);
    }
    return state;
  }

  @Test
  void happyPathChargesOrdersAndActivatesInThatOrder(
      WorkflowClient client, WorkflowOptions options) {
    assertThat(run(client, options, true)).isEqualTo("ACTIVE");
    assertThat(activities.calls)
        .containsExactly(
            "begin",
            "check",
            "charge 4930100",
            "charge 4930200",
            "order 4930100",
            "order 4930200",
            "activate");
  }

  @Test
  void providerRefusalUndoesEverythingInReverse(WorkflowClient client, WorkflowOptions options) {
    activities.failProviderOn = "4930200";
    assertThat(run(client, options)).isEqualTo("FAILED");
    assertThat(activities.calls)
        .containsExactly(
            "begin",
            "check",
            "charge 4930100",
            "charge 4930200",
            "order 4930100",
            "order 4930200 refused",
            "release 4930200",
            "release 4930100",
            "reverse 4930200",
            "reverse 4930100",
            "free",
            "fail: out of stock");
    assertThat(activities.providerAttempts.get()).isEqualTo(2); // a refusal is not retried
  }

  @Test
  void retryableProviderFailureIsRetriedAndTheOrderCompletes(
      WorkflowClient client, WorkflowOptions options) {
    activities.failProviderOn = "4930100";
    activities.providerRetryable = true;
    activities.providerFailures = 2;
    assertThat(run(client, options)).isEqualTo("ACTIVE");
    assertThat(activities.calls)
        .containsSubsequence(
            "order 4930100 timeout", "order 4930100 timeout", "order 4930100", "activate")
        .doesNotContain("free");
  }

  @Test
  void requirementsNoLongerMetFailsBeforeAnyCharge(WorkflowClient client, WorkflowOptions options) {
    activities.refuseCheck = true;
    assertThat(run(client, options)).isEqualTo("FAILED");
    assertThat(activities.calls)
        .containsExactly("begin", "check", "free", "fail: +4930100 needs ID proven first");
  }
}
