package com.didtron.workflows.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.workflows.HistoryRecorder;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvoiceOverdueWorkflowTest {
  private static final Duration DAY = Duration.ofDays(1);

  /**
   * Records each step with the (skipped) time it ran at; the invoice is open until {@code paid}.
   */
  static final class Recording implements OverdueActivities {
    final List<String> calls = new CopyOnWriteArrayList<>();
    volatile TestWorkflowEnvironment env;
    volatile long start;
    volatile boolean paid;
    volatile boolean block = true;

    private String at(String step) {
      return step + "@" + Duration.ofMillis(env.currentTimeMillis() - start).toDays() + "d";
    }

    @Override
    public OverduePlan plan(InvoiceRef invoice) {
      return new OverduePlan(
          start + DAY.multipliedBy(15).toMillis(),
          block,
          DAY.multipliedBy(3).toMillis(),
          DAY.toMillis());
    }

    @Override
    public boolean markOverdue(InvoiceRef invoice) {
      calls.add(at("overdue"));
      return !paid;
    }

    @Override
    public void remind(InvoiceRef invoice) {
      calls.add(at("remind"));
    }

    @Override
    public boolean block(InvoiceRef invoice) {
      calls.add(at("block"));
      return !paid;
    }

    @Override
    public boolean settled(InvoiceRef invoice) {
      return paid;
    }

    @Override
    public void unblock(InvoiceRef invoice) {
      calls.add(at("unblock"));
    }
  }

  static final Recording activities = new Recording();

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .setWorkflowTypes(InvoiceOverdueWorkflowImpl.class)
          .setActivityImplementations(activities)
          .build();

  @BeforeEach
  void reset(TestWorkflowEnvironment env) {
    activities.calls.clear();
    activities.env = env;
    activities.start = env.currentTimeMillis();
    activities.paid = false;
    activities.block = true;
  }

  private static InvoiceOverdueWorkflow stub(
      WorkflowClient client, WorkflowOptions options, String id) {
    return client.newWorkflowStub(
        InvoiceOverdueWorkflow.class,
        WorkflowOptions.newBuilder(options).setWorkflowId(id).build());
  }

  @Test
  void anUnpaidInvoiceIsRemindedAtItsDueDateThenBlocksTheAccountUntilPaymentUnblocksIt(
      TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options)
      throws Exception {
    String id = InvoiceOverdueWorkflow.workflowId(UUID.randomUUID());
    InvoiceOverdueWorkflow watch = stub(client, options, id);
    WorkflowClient.start(watch::watch, new InvoiceRef(UUID.randomUUID(), UUID.randomUUID()));
    env.sleep(DAY.multipliedBy(20)); // due after 15 days, blocked 3 days later
    assertThat(activities.calls).containsExactly("overdue@15d", "remind@15d", "block@18d");

    activities.paid = true;
    watch.paid();
    String outcome = WorkflowStub.fromTyped(watch).getResult(String.class);

    assertThat(outcome).isEqualTo("UNBLOCKED");
    assertThat(activities.calls)
        .containsExactly("overdue@15d", "remind@15d", "block@18d", "unblock@20d");
    HistoryRecorder.recordIfAsked(client, id, InvoiceOverdueWorkflowImpl.class);
    WorkflowReplayer.replayWorkflowExecution(
        client.fetchHistory(id), InvoiceOverdueWorkflowImpl.class);
  }

  @Test
  void aBlockedAccountIsUnblockedByTheDailyCheckEvenWithoutTheSignal(
      TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    InvoiceOverdueWorkflow watch = stub(client, options, "invoice-overdue-unsignalled");
    WorkflowClient.start(watch::watch, new InvoiceRef(UUID.randomUUID(), UUID.randomUUID()));
    env.sleep(DAY.multipliedBy(19));
    activities.paid = true; // paid, but the signal was lost
    String outcome = WorkflowStub.fromTyped(watch).getResult(String.class);
    assertThat(outcome).isEqualTo("UNBLOCKED");
    assertThat(activities.calls).last().asString().startsWith("unblock@");
  }

  @Test
  void anInvoicePaidBeforeItsDueDateIsNeitherRemindedNorBlocked(
      TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    InvoiceOverdueWorkflow watch = stub(client, options, "invoice-overdue-paid");
    WorkflowClient.start(watch::watch, new InvoiceRef(UUID.randomUUID(), UUID.randomUUID()));
    env.sleep(DAY.multipliedBy(3));
    activities.paid = true;
    watch.paid();
    assertThat(WorkflowStub.fromTyped(watch).getResult(String.class)).isEqualTo("PAID");
    assertThat(activities.calls).isEmpty();
  }

  @Test
  void withoutBlockingConfiguredTheWatchEndsAfterTheReminder(
      TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    activities.block = false;
    InvoiceOverdueWorkflow watch = stub(client, options, "invoice-overdue-noblock");
    assertThat(watch.watch(new InvoiceRef(UUID.randomUUID(), UUID.randomUUID())))
        .isEqualTo("REMINDED");
    assertThat(activities.calls).containsExactly("overdue@15d", "remind@15d");
  }
}
