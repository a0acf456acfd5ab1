package com.didtron.workflows.creditnote;

import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/** Waits for a decision with reminders and one escalation; see {@link CreditNoteWorkflow}. */
public class CreditNoteWorkflowImpl implements CreditNoteWorkflow {
  private final CreditNoteActivities activities =
      Workflow.newActivityStub(
          CreditNoteActivities.class,
          ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(30)).build());

  private CreditNoteDecision approval;
  private CreditNoteDecision rejection;
  private String state = "PENDING";

  @Override
  public String awaitDecision(CreditNoteRequest request) {
    String workflowId = Workflow.getInfo().getWorkflowId();
    long start = Workflow.currentTimeMillis();
    long remindEvery = Duration.ofMinutes(request.remindEveryMinutes()).toMillis();
    long escalateAt = start + Duration.ofMinutes(request.escalateAfterMinutes()).toMillis();
    long nextReminder = start + remindEvery;
    int reminders = 0;
    while (!decided()) {
      long next = "ESCALATED".equals(state) ? nextReminder : Math.min(nextReminder, escalateAt);
      long wait = Math.max(1, next - Workflow.currentTimeMillis());
      if (Workflow.await(Duration.ofMillis(wait), this::decided)) {
        break;
      }
      long now = Workflow.currentTimeMillis();
      if (!"ESCALATED".equals(state) && now >= escalateAt) {
        activities.escalate(step(request, workflowId, null, 0));
        state = "ESCALATED";
        if (now >= nextReminder) {
          nextReminder += remindEvery; // the escalation replaces the reminder due now
        }
      } else if (now >= nextReminder) {
        activities.remind(step(request, workflowId, null, ++reminders));
        nextReminder += remindEvery;
      }
    }
    if (approval != null) {
      activities.approve(step(request, workflowId, approval, 0));
      state = "APPROVED";
    } else {
      activities.reject(step(request, workflowId, rejection, 0));
      state = "REJECTED";
    }
    return state;
  }

  private boolean decided() {
    return approval != null || rejection != null;
  }

  private static CreditNoteStep step(
      CreditNoteRequest r, String workflowId, CreditNoteDecision d, int n) {
    return new CreditNoteStep(r.tenantId(), r.creditNoteId(), workflowId, d, n);
  }

  @Override
  public void approve(CreditNoteDecision decision) {
    if (!decided()) {
      approval = decision;
    }
  }

  @Override
  public void reject(CreditNoteDecision decision) {
    if (!decided()) {
      rejection = decision;
    }
  }

  @Override
  public String state() {
    return state;
  }
}
