package com.didtron.workflows.kyc;

import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/** See {@link KycWorkflow}. */
public class KycWorkflowImpl implements KycWorkflow {
  private final KycActivities activities =
      Workflow.newActivityStub(
          KycActivities.class,
          ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(30)).build());

  private boolean identityVerified;
  private int uploads;
  private KycDecision approval;
  private KycDecision rejection;
  private String state = "NOT_STARTED";
  private int reminders;

  @Override
  public String run(KycRequest request) {
    String workflowId = Workflow.getInfo().getWorkflowId();
    long expireAt =
        Workflow.currentTimeMillis() + Duration.ofHours(request.expireAfterHours()).toMillis();
    if (request.stripeIdentity()) {
      state = "IDENTITY_PENDING";
      activities.startIdentity(step(request, workflowId, null, 0));
      if (!awaitCustomer(request, workflowId, expireAt, () -> identityVerified || decided())) {
        return expire(request, workflowId);
      }
    }
    while (!decided()) {
      List<String> missing = activities.missingDocuments(step(request, workflowId, null, 0));
      if (missing.isEmpty()) {
        break;
      }
      state = "DOCUMENTS_REQUIRED";
      int seen = uploads;
      if (!awaitCustomer(request, workflowId, expireAt, () -> uploads > seen || decided())) {
        return expire(request, workflowId);
      }
    }
    if (!decided()) {
      state = "IN_REVIEW";
      activities.inReview(step(request, workflowId, null, 0));
      Workflow.await(this::decided);
    }
    if (approval != null) {
      activities.approve(step(request, workflowId, approval, 0));
      state = "VERIFIED";
    } else {
      activities.reject(step(request, workflowId, rejection, 0));
      state = "REJECTED";
    }
    return state;
  }

  /** Waits for {@code done}, reminding the customer; false when the case expired first. */
  private boolean awaitCustomer(
      KycRequest request, String workflowId, long expireAt, Supplier<Boolean> done) {
    long every = Duration.ofHours(request.remindEveryHours()).toMillis();
    while (true) {
      long now = Workflow.currentTimeMillis();
      if (now >= expireAt) {
        return done.get();
      }
      long wait = Math.max(1, Math.min(every, expireAt - now));
      if (Workflow.await(Duration.ofMillis(wait), done::get)) {
        return true;
      }
      if (Workflow.currentTimeMillis() < expireAt) {
        activities.remind(step(request, workflowId, null, ++reminders));
      }
    }
  }

  private String expire(KycRequest request, String workflowId) {
    rejection =
        new KycDecision(
            "kyc-workflow",
            "Verification expired: not completed within " + request.expireAfterHours() + " hours");
    activities.reject(step(request, workflowId, rejection, 0));
    state = "REJECTED";
    return state;
  }

  private boolean decided() {
    return approval != null || rejection != null;
  }

  private static KycStep step(KycRequest r, String workflowId, KycDecision d, int n) {
    return new KycStep(r.tenantId(), r.accountId(), workflowId, d, n);
  }

  @Override
  public void identityVerified() {
    identityVerified = true;
  }

  @Override
  public void documentUploaded() {
    uploads++;
  }

  @Override
  public void approve(KycDecision decision) {
    if (!decided()) {
      approval = decision;
    }
  }

  @Override
  public void reject(KycDecision decision) {
    if (!decided()) {
      rejection = decision;
    }
  }

  @Override
  public String state() {
    return state;
  }
}
