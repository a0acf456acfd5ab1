package com.didtron.workflows.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.workflows.HistoryRecorder;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class KycWorkflowTest {
  static final class Recording implements KycActivities {
    final List<String> calls = new CopyOnWriteArrayList<>();
    final AtomicInteger missing = new AtomicInteger();

    @Override
    public String startIdentity(KycStep step) {
      calls.add("identity");
      return "vs_test";
    }

    @Override
    public void remind(KycStep step) {
      calls.add("remind#" + step.count());
    }

    @Override
    public List<String> missingDocuments(KycStep step) {
      int n = missing.get();
      calls.add("missing=" + n);
      return n == 0
          ? List.of()
          : List.of("PROOF_OF_ADDRESS", "BUSINESS_REGISTRATION").subList(0, n);
    }

    @Override
    public void inReview(KycStep step) {
      calls.add("review");
    }

    @Override
    public void approve(KycStep step) {
      calls.add("approve by " + step.decision().decidedBy());
    }

    @Override
    public void reject(KycStep step) {
      calls.add("reject: " + step.decision().reason());
    }
  }

  static final Recording activities = new Recording();

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .setWorkflowTypes(KycWorkflowImpl.class)
          .setActivityImplementations(activities)
          .build();

  @BeforeEach
  void reset() {
    activities.calls.clear();
    activities.missing.set(0);
  }

  /** Reminders every 48 hours, expiry after 14 days. */
  private static KycWorkflow start(WorkflowClient client, WorkflowOptions options, boolean stripe) {
    UUID account = UUID.randomUUID();
    KycWorkflow w =
        client.newWorkflowStub(
            KycWorkflow.class,
            WorkflowOptions.newBuilder(options)
                .setWorkflowId(KycWorkflow.workflowId(account))
                .build());
    WorkflowClient.start(w::run, new KycRequest(UUID.randomUUID(), account, stripe, 48, 14 * 24));
    return w;
  }

  @Test
  void theIdentityWebhookThenAnUploadThenStaffApprovalVerifiesTheCase(
      TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    activities.missing.set(1);
    KycWorkflow w = start(client, options, true);
    env.sleep(Duration.ofHours(1));
    assertThat(w.state()).isEqualTo("IDENTITY_PENDING");

    w.identityVerified();
    env.sleep(Duration.ofMinutes(1));
    assertThat(w.state()).isEqualTo("DOCUMENTS_REQUIRED");

    activities.missing.set(0);
    w.documentUploaded();
    env.sleep(Duration.ofMinutes(1));
    assertThat(w.state()).isEqualTo("IN_REVIEW");

    w.approve(new KycDecision("staff@example.test", null));
    assertThat(WorkflowStub.fromTyped(w).getResult(String.class)).isEqualTo("VERIFIED");
    assertThat(activities.calls)
        .containsExactly(
            "identity", "missing=1", "missing=0", "review", "approve by staff@example.test");
    HistoryRecorder.recordIfAsked(
        client, WorkflowStub.fromTyped(w).getExecution().getWorkflowId(), KycWorkflowImpl.class);
  }

  @Test
  void withoutStripeTheCaseGoesStraightToReviewAndARejectionCarriesItsReason(
      TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    KycWorkflow w = start(client, options, false);
    env.sleep(Duration.ofMinutes(1));
    assertThat(w.state()).isEqualTo("IN_REVIEW");

    w.reject(new KycDecision("staff@example.test", "The document is unreadable"));
    assertThat(WorkflowStub.fromTyped(w).getResult(String.class)).isEqualTo("REJECTED");
    assertThat(activities.calls)
        .containsExactly("missing=0", "review", "reject: The document is unreadable");
  }

  @Test
  void aCustomerWhoNeverFinishesIsRemindedEveryTwoDaysAndExpiresAfterFourteen(
      TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    KycWorkflow w = start(client, options, true);
    env.sleep(Duration.ofDays(5));
    assertThat(activities.calls).containsExactly("identity", "remind#1", "remind#2");

    String result = WorkflowStub.fromTyped(w).getResult(String.class);

    assertThat(result).isEqualTo("REJECTED");
    assertThat(activities.calls)
        .containsExactly(
            "identity",
            "remind#1",
            "remind#2",
            "remind#3",
            "remind#4",
            "remind#5",
            "remind#6",
            "reject: Verification expired: not completed within 336 hours");
    assertThat(w.state()).isEqualTo("REJECTED");
  }
}
