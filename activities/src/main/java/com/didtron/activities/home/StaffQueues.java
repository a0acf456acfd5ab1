package com.didtron.activities.home;

import com.didtron.activities.creditnote.CreditNoteService;
import com.didtron.activities.kyc.KycService;
import com.didtron.activities.netting.NettingService;
import com.didtron.activities.signup.SignupQueue;
import com.didtron.activities.switchsync.SwitchSyncStates;
import com.didtron.activities.workflowindex.WorkflowIndex;
import com.didtron.domain.access.Actor;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.signup.SignupState;
import com.didtron.domain.switchsync.SyncStatus;
import com.didtron.domain.user.Role;
import com.didtron.domain.workflow.WorkflowRunStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The queues on a staff home, each counted only for the roles of the page that works it off (the
 * page's {@code @RolesAllowed}), so the home never links to a page that then refuses.
 */
@Component
class StaffQueues {
  /** NettingView and CreditNotesView. */
  static final Set<Role> FINANCE_QUEUES =
      Set.of(Role.SUPER_ADMIN, Role.FINANCE, Role.ANALYST, Role.AUDITOR);

  /** KycReviewView. */
  static final Set<Role> KYC = Set.of(Role.SUPER_ADMIN, Role.TENANT_ADMIN, Role.FINANCE);

  /** SignupsView. */
  static final Set<Role> SIGNUPS = Set.of(Role.SUPER_ADMIN, Role.TENANT_ADMIN);

  /** SwitchSyncView. */
  static final Set<Role> SYNC =
      Set.of(Role.SUPER_ADMIN, Role.TENANT_ADMIN, Role.ANALYST, Role.AUDITOR);

  /** WorkflowsView. */
  static final Set<Role> WORKFLOWS = Set.of(Role.SUPER_ADMIN, Role.AUDITOR);

  /** Switch sync objects are counted up to this many per status. */
  static final int SYNC_CAP = 1000;

  private static final List<WorkflowRunStatus> FAILED =
      List.of(WorkflowRunStatus.FAILED, WorkflowRunStatus.TIMED_OUT, WorkflowRunStatus.LOST);

  private final NettingService netting;
  private final CreditNoteService creditNotes;
  private final KycService kyc;
  private final SignupQueue signups;
  private final SwitchSyncStates sync;
  private final WorkflowIndex workflows;

  StaffQueues(
      NettingService netting,
      CreditNoteService creditNotes,
      KycService kyc,
      SignupQueue signups,
      SwitchSyncStates sync,
      WorkflowIndex workflows) {
    this.netting = netting;
    this.creditNotes = creditNotes;
    this.kyc = kyc;
    this.signups = signups;
    this.sync = sync;
    this.workflows = workflows;
  }

  StaffHome.Approvals approvals(Actor actor) {
    boolean finance = HomeService.any(actor, FINANCE_QUEUES);
    Long nettings = finance ? netting.find(actor, "PROPOSED", PageRequest.first(1)).total() : null;
    Long notes = finance ? creditNotes.find(actor, "PENDING", PageRequest.first(1)).total() : null;
    Long reviews = HomeService.any(actor, KYC) ? (long) kyc.queue(actor).size() : null;
    Long waiting =
        HomeService.any(actor, SIGNUPS)
            ? (long) signups.list(actor, SignupState.PENDING_APPROVAL, 500).size()
            : null;
    if (nettings == null && notes == null && reviews == null && waiting == null) {
      return null;
    }
    return new StaffHome.Approvals(nettings, notes, reviews, waiting);
  }

  StaffHome.SyncCounts sync(Actor actor) {
    if (!HomeService.any(actor, SYNC)) {
      return null;
    }
    return new StaffHome.SyncCounts(
        count(actor, SyncStatus.FAILED), count(actor, SyncStatus.PENDING), SYNC_CAP);
  }

  private int count(Actor actor, SyncStatus status) {
    return sync.list(new SwitchSyncStates.Filter(actor.tenantId(), null, status, SYNC_CAP)).size();
  }

  /** Runs of the tenant that failed, timed out or were lost, started in the 7 days before. */
  Long failedWorkflows(Actor actor, Instant until) {
    if (!HomeService.any(actor, WORKFLOWS)) {
      return null;
    }
    Instant from = until.minus(Duration.ofDays(7));
    long n = 0;
    for (WorkflowRunStatus s : FAILED) {
      n +=
          workflows
              .search(
                  actor,
                  new WorkflowIndex.Query(null, null, s.name(), from, until),
                  PageRequest.first(1))
              .total();
    }
    return n;
  }
}
