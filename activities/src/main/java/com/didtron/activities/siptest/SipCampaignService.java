package com.didtron.activities.siptest;

import com.didtron.activities.Facade;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.workflowindex.WorkflowLauncher;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.siptest.CampaignDraft;
import com.didtron.domain.siptest.FieldProblem;
import com.didtron.domain.siptest.SipRunStatus;
import com.didtron.domain.siptest.SipTestAccess;
import com.didtron.workflows.siptest.CampaignRunRequest;
import com.didtron.workflows.siptest.SipCampaignWorkflow;
import io.temporal.client.WorkflowClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SIP test campaigns: start (one-off or recurring), stop, and read their runs, calls, carrier
 * comparison and chart series. Starting stores the campaign (audited) and launches its Temporal
 * workflow; the workflow places and stores the calls.
 */
@Service
@Facade
public class SipCampaignService {
  static final String ENTITY = "sip_campaign";
  private static final Duration CHART_WINDOW = Duration.ofDays(30);

  private final JooqCampaigns campaigns;
  private final JooqTestCalls calls;
  private final JooqSipTargets targets;
  private final AccountService accounts;
  private final AuditTrail audit;
  private final WorkflowLauncher launcher;
  private final WorkflowClient temporal;
  private final TransactionTemplate tx;
  private final Clock clock;

  SipCampaignService(
      JooqCampaigns campaigns,
      JooqTestCalls calls,
      JooqSipTargets targets,
      AccountService accounts,
      AuditTrail audit,
      WorkflowLauncher launcher,
      WorkflowClient temporal,
      TransactionTemplate tx,
      Clock clock) {
    this.campaigns = campaigns;
    this.calls = calls;
    this.targets = targets;
    this.accounts = accounts;
    this.audit = audit;
    this.launcher = launcher;
    this.temporal = temporal;
    this.tx = tx;
    this.clock = clock;
  }

  /** Validates, stores and starts a campaign. */
  public CampaignChange start(Actor actor, CampaignDraft draft) {
    SipTestAccess.requireTester(actor);
    List<FieldProblem> problems = new ArrayList<>(draft.validate());
    problems.addAll(carrierProblems(actor, draft.carrierIds()));
    if (!problems.isEmpty()) {
      return new CampaignChange.Rejected(problems);
    }
    Campaign c =
        tx.execute(
            s -> {
              Campaign created =
                  campaigns.insert(actor.tenantId(), draft, actor.name(), clock.instant());
              audit.record(
                  actor,
                  actor.tenantId(),
                  AuditAction.CREATE,
                  ENTITY,
                  created.id().toString(),
                  null,
                  snapshot(created));
              return created;
            });
    try {
      launcher.start(
          new WorkflowLauncher.Start(
              SipCampaignWorkflow.class,
              c.workflowId(),
              "sip-campaign:" + c.name(),
              actor.tenantId(),
              c.cron(),
              new CampaignRunRequest(c.id())));
    } catch (RuntimeException e) {
      campaigns.setStatus(c.id(), SipRunStatus.FAILED, clock.instant());
      return new CampaignChange.Rejected(
          List.of(
              new FieldProblem(
                  "campaign",
                  "The campaign was saved but could not be started: " + e.getMessage())));
    }
    return new CampaignChange.Started(c);
  }

  private List<FieldProblem> carrierProblems(Actor actor, List<UUID> carrierIds) {
    List<FieldProblem> problems = new ArrayList<>();
    for (UUID id : carrierIds) {
      Account a;
      try {
        a = accounts.get(actor, new AccountId(id));
      } catch (AccessDenied e) {
        problems.add(new FieldProblem("carriers", "No such carrier: " + id));
        continue;
      }
      if (a.kind() == AccountKind.CUSTOMER || a.isDeleted()) {
        problems.add(new FieldProblem("carriers", a.name() + " is not a live carrier"));
      } else if (targets.find(id).isEmpty()) {
        problems.add(
            new FieldProblem(
                "carriers", a.name() + " has no SIP target; set one on the carrier health page"));
      }
    }
    return problems;
  }

  /**
   * Stops a campaign: its workflow is cancelled (a recurring one runs no more); calls in progress
   * finish.
   */
  public Campaign stop(Actor actor, UUID campaignId) {
    SipTestAccess.requireTester(actor);
    Campaign before = get(actor, campaignId);
    try {
      temporal.newUntypedWorkflowStub(before.workflowId()).cancel();
    } catch (RuntimeException e) {
      // already finished: nothing left to cancel
    }
    return tx.execute(
        s -> {
          campaigns.setStatus(campaignId, SipRunStatus.STOPPED, clock.instant());
          Campaign after = campaigns.get(campaignId).orElseThrow();
          audit.record(
              actor,
              actor.tenantId(),
              AuditAction.UPDATE,
              ENTITY,
              campaignId.toString(),
              snapshot(before),
              snapshot(after));
          return after;
        });
  }

  public Page<Campaign> campaigns(Actor actor, PageRequest page) {
    SipTestAccess.requireReader(actor);
    return campaigns.ofTenant(actor.tenantId(), page);
  }

  /** One campaign; refused alike whether missing or another tenant's. */
  public Campaign get(Actor actor, UUID campaignId) {
    SipTestAccess.requireReader(actor);
    if (!campaigns.tenantOf(campaignId).map(actor.tenantId()::equals).orElse(false)) {
      throw new AccessDenied("No such campaign");
    }
    return campaigns.get(campaignId).orElseThrow();
  }

  /** The campaign's runs with their progress, newest first. */
  public List<CampaignRun> runs(Actor actor, UUID campaignId) {
    get(actor, campaignId);
    return campaigns.runsOf(campaignId);
  }

  public Page<TestCall> calls(Actor actor, UUID runId, PageRequest page) {
    requireRun(actor, runId);
    return calls.ofRun(runId, page);
  }

  /** Carriers side by side for one run: per carrier overall, then per destination. */
  public List<CarrierComparison> comparison(Actor actor, UUID runId) {
    requireRun(actor, runId);
    return CampaignFigures.comparison(calls.allOfRun(runId));
  }

  /** ASR and PDD over time for the charts, over the campaign's runs of the last 30 days. */
  public List<ChartPoint> series(Actor actor, UUID campaignId) {
    List<UUID> runIds = runs(actor, campaignId).stream().map(CampaignRun::id).toList();
    return runIds.isEmpty()
        ? List.of()
        : CampaignFigures.series(calls.ofRunsSince(runIds, clock.instant().minus(CHART_WINDOW)));
  }

  private void requireRun(Actor actor, UUID runId) {
    SipTestAccess.requireReader(actor);
    if (!campaigns.tenantOfRun(runId).map(actor.tenantId()::equals).orElse(false)) {
      throw new AccessDenied("No such campaign run");
    }
  }

  static Map<String, Object> snapshot(Campaign c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.name());
    m.put("destinations", c.destinations());
    m.put("carrier_ids", c.carrierIds().stream().map(UUID::toString).toList());
    m.put("calls_per_pair", c.callsPerPair());
    m.put("concurrency", c.concurrency());
    m.put("cps", c.cps());
    m.put("hold_seconds", c.holdSeconds());
    m.put("ring_timeout_seconds", c.ringTimeoutSeconds());
    m.put("cron", c.cron());
    m.put("status", c.status().name());
    return m;
  }
}
