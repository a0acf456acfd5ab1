package com.didtron.workflows.siptest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.workflows.HistoryRecorder;
import io.temporal.activity.Activity;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SipCampaignWorkflowTest {
  /**
   * Calls that take {@code callMillis} of real time; records concurrency and workflow-time spacing.
   */
  static final class FakeCalls implements SipCampaignActivities {
    final List<PlannedCall> planned = new ArrayList<>();
    final List<Integer> placed = new CopyOnWriteArrayList<>();
    final List<Long> scheduledAt = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger inProgress = new AtomicInteger();
    final AtomicInteger maxInProgress = new AtomicInteger();
    final List<FinishRequest> finished = new CopyOnWriteArrayList<>();
    volatile int concurrency = 2;
    volatile double cps = 4;
    volatile long callMillis = 150;
    final UUID runId = UUID.randomUUID();

    @Override
    public CampaignPlan plan(PlanRequest request) {
      return new CampaignPlan(runId, planned, concurrency, cps, 1, 30);
    }

    @Override
    public PlacedCall placeCall(PlaceCallRequest request) {
      scheduledAt.add(Activity.getExecutionContext().getInfo().getScheduledTimestamp());
      maxInProgress.accumulateAndGet(inProgress.incrementAndGet(), Math::max);
      try {
        Thread.sleep(callMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        inProgress.decrementAndGet();
      }
      placed.add(request.index());
      return new PlacedCall(
          request.index() % 2 == 0 ? "ANSWERED" : "BUSY", request.index() % 2 == 0 ? 200 : 486);
    }

    @Override
    public CampaignRunReport finish(FinishRequest request) {
      finished.add(request);
      return new CampaignRunReport(
          request.runId(), planned.size(), placed.size(), 0, request.stopped());
    }
  }

  static final FakeCalls calls = new FakeCalls();

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .setWorkflowTypes(SipCampaignWorkflowImpl.class)
          .setActivityImplementations(calls)
          .build();

  @BeforeEach
  void reset() {
    calls.planned.clear();
    calls.placed.clear();
    calls.scheduledAt.clear();
    calls.finished.clear();
    calls.maxInProgress.set(0);
    for (int i = 0; i < 12; i++) {
      calls.planned.add(new PlannedCall(i, UUID.randomUUID(), "44" + i));
    }
  }

  private static SipCampaignWorkflow campaign(
      WorkflowClient client, WorkflowOptions options, String id) {
    return client.newWorkflowStub(
        SipCampaignWorkflow.class, WorkflowOptions.newBuilder(options).setWorkflowId(id).build());
  }

  @Test
  void placesEveryPlannedCallWithinTheConcurrencyAndCpsLimits(
      WorkflowClient client, WorkflowOptions options) throws Exception {
    CampaignRunReport report =
        campaign(client, options, "sip-campaign-limits")
            .run(new CampaignRunRequest(UUID.randomUUID()));

    assertThat(calls.placed).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    assertThat(calls.maxInProgress.get()).isLessThanOrEqualTo(2);
    List<Long> starts = new ArrayList<>(calls.scheduledAt);
    Collections.sort(starts);
    for (int i = 1; i < starts.size(); i++) {
      assertThat(starts.get(i) - starts.get(i - 1))
          .as("gap before call %d", i)
          .isGreaterThanOrEqualTo(250);
    }
    assertThat(calls.finished).singleElement().satisfies(f -> assertThat(f.stopped()).isFalse());
    assertThat(report.placed()).isEqualTo(12);

    WorkflowExecutionHistory history = client.fetchHistory("sip-campaign-limits");
    HistoryRecorder.recordIfAsked(client, "sip-campaign-limits", SipCampaignWorkflowImpl.class);
    WorkflowReplayer.replayWorkflowExecution(history, SipCampaignWorkflowImpl.class);
  }

  @Test
  void cancellingTheWorkflowStopsTheCampaignAndClosesTheRunAsStopped(
      TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    calls.cps = 0.5;
    try {
      SipCampaignWorkflow wf = campaign(client, options, "sip-campaign-stop");
      WorkflowClient.start(wf::run, new CampaignRunRequest(UUID.randomUUID()));
      env.sleep(Duration.ofSeconds(5));
      WorkflowStub.fromTyped(wf).cancel();
      assertThatThrownBy(() -> WorkflowStub.fromTyped(wf).getResult(CampaignRunReport.class))
          .isInstanceOf(WorkflowFailedException.class);
      assertThat(calls.placed.size()).isLessThan(12);
      assertThat(calls.finished).singleElement().satisfies(f -> assertThat(f.stopped()).isTrue());
    } finally {
      calls.cps = 4;
    }
  }
}
