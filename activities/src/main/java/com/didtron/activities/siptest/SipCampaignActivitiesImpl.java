package com.didtron.activities.siptest;

import com.didtron.domain.siptest.SipRunStatus;
import com.didtron.domain.tenant.TenantId;
import com.didtron.workflows.siptest.CampaignPlan;
import com.didtron.workflows.siptest.CampaignRunReport;
import com.didtron.workflows.siptest.FinishRequest;
import com.didtron.workflows.siptest.PlaceCallRequest;
import com.didtron.workflows.siptest.PlacedCall;
import com.didtron.workflows.siptest.PlanRequest;
import com.didtron.workflows.siptest.PlannedCall;
import com.didtron.workflows.siptest.SipCampaignActivities;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A campaign run's steps over PostgreSQL and the SIP user agent. */
@Component
class SipCampaignActivitiesImpl implements SipCampaignActivities {
  private final JooqCampaigns campaigns;
  private final JooqTestCalls calls;
  private final TestCallPlacer placer;
  private final Clock clock;

  SipCampaignActivitiesImpl(
      JooqCampaigns campaigns, JooqTestCalls calls, TestCallPlacer placer, Clock clock) {
    this.campaigns = campaigns;
    this.calls = calls;
    this.placer = placer;
    this.clock = clock;
  }

  @Override
  @Transactional
  public CampaignPlan plan(PlanRequest request) {
    Campaign c =
        campaigns
            .get(request.campaignId())
            .orElseThrow(
                () ->
                    ApplicationFailure.newNonRetryableFailure(
                        "no campaign " + request.campaignId(), "NoSuchCampaign"));
    TenantId tenant = campaigns.tenantOf(c.id()).orElseThrow();
    CampaignRun run =
        campaigns.startRun(
            c, tenant, request.workflowId(), request.workflowRunId(), clock.instant());
    return new CampaignPlan(
        run.id(),
        interleaved(c),
        c.concurrency(),
        c.cps().doubleValue(),
        c.holdSeconds(),
        c.ringTimeoutSeconds());
  }

  /**
   * Round after round, each destination through each carrier, so carriers are compared under the
   * same conditions.
   */
  static List<PlannedCall> interleaved(Campaign c) {
    List<PlannedCall> planned = new ArrayList<>(c.callsPerRun());
    for (int round = 0; round < c.callsPerPair(); round++) {
      for (String destination : c.destinations()) {
        for (UUID carrier : c.carrierIds()) {
          planned.add(new PlannedCall(planned.size(), carrier, destination));
        }
      }
    }
    return planned;
  }

  @Override
  public PlacedCall placeCall(PlaceCallRequest r) {
    TenantId tenant =
        campaigns
            .tenantOfRun(r.runId())
            .orElseThrow(
                () ->
                    ApplicationFailure.newNonRetryableFailure(
                        "no campaign run " + r.runId(), "NoSuchRun"));
    TestCall call =
        placer.place(
            new TestCallPlacer.Placement(
                tenant,
                r.runId(),
                JooqTestCalls.Source.CAMPAIGN,
                r.runId() + ":" + r.index(),
                r.carrierId(),
                r.destination(),
                Duration.ofSeconds(r.holdSeconds()),
                Duration.ofSeconds(r.ringTimeoutSeconds())));
    return new PlacedCall(call.result().name(), call.sipCode());
  }

  @Override
  @Transactional
  public CampaignRunReport finish(FinishRequest request) {
    CampaignRun run = campaigns.run(request.runId()).orElseThrow();
    SipRunStatus status = request.stopped() ? SipRunStatus.STOPPED : SipRunStatus.COMPLETED;
    campaigns.finishRun(run.id(), status, clock.instant());
    Campaign c = campaigns.get(run.campaignId()).orElseThrow();
    if (!c.recurring() && c.status().isRunning()) {
      campaigns.setStatus(c.id(), status, clock.instant());
    }
    return new CampaignRunReport(
        run.id(),
        run.planned(),
        calls.countOfRun(run.id()),
        calls.answeredOfRun(run.id()),
        request.stopped());
  }
}
