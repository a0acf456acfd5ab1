package com.didtron.activities.siptest;

import static com.didtron.activities.db.Tables.ACCOUNT;
import static com.didtron.activities.db.Tables.CARRIER_SIP_TARGET;
import static com.didtron.activities.db.Tables.SIP_TEST_CALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.retention.RetentionService;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.SipFixtures;
import com.didtron.activities.workflowindex.WorkflowIndex;
import com.didtron.activities.workflowindex.WorkflowStatusReader;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.siptest.CampaignDraft;
import com.didtron.domain.siptest.FieldProblem;
import com.didtron.domain.siptest.SipRunStatus;
import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.domain.workflow.WorkflowRunStatus;
import com.didtron.sip.sipp.SippPeer;
import com.didtron.sip.ua.CallOutcome;
import com.didtron.workflows.retention.PurgeReport;
import io.temporal.client.WorkflowClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A small campaign through the whole platform: Temporal workflow, activities, SIPp carriers,
 * PostgreSQL.
 */
class SipCampaignIT extends ActivitiesIT {
  @Autowired SipCampaignService campaigns;
  @Autowired SipFixtures sip;
  @Autowired Fixtures fixtures;
  @Autowired WorkflowIndex index;
  @Autowired WorkflowStatusReader status;
  @Autowired AccountService accounts;
  @Autowired RetentionService retention;
  @Autowired WorkflowClient temporal;
  @Autowired DSLContext db;

  @Test
  void aCampaignCallsEveryDestinationThroughEveryCarrierAndComparesThem() {
    Actor admin = admin();
    try (SippPeer good =
            SippPeer.scenario("uas-answer.xml")
                .set("ring_ms", 300)
                .set("answer_ms", 400)
                .rtpEcho()
                .start();
        SippPeer busy = SippPeer.scenario("uas-busy.xml").set("ring_ms", 200).start()) {
      Account goodCarrier = sip.carrier(admin, "Good carrier", good, null);
      Account busyCarrier = sip.carrier(admin, "Busy carrier", busy, null);
      CampaignDraft draft =
          new CampaignDraft(
              "UK quality " + Fixtures.unique("c"),
              List.of("442071234567", "447700900123"),
              List.of(goodCarrier.id().value(), busyCarrier.id().value()),
              2,
              3,
              new BigDecimal("5"),
              1,
              10,
              null);

      Campaign c = ((CampaignChange.Started) campaigns.start(admin, draft)).campaign();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> campaigns.get(admin, c.id()).status() == SipRunStatus.COMPLETED);

      CampaignRun run = campaigns.runs(admin, c.id()).getFirst();
      assertThat(run.planned()).isEqualTo(8);
      assertThat(run.placed()).isEqualTo(8);
      assertThat(run.answered()).isEqualTo(4);
      assertThat(run.status()).isEqualTo(SipRunStatus.COMPLETED);
      List<TestCall> calls = campaigns.calls(admin, run.id(), PageRequest.first(50)).rows();
      assertThat(calls)
          .hasSize(8)
          .allSatisfy(
              call -> {
                if (call.carrierId().equals(goodCarrier.id().value())) {
                  assertThat(call.result()).isEqualTo(CallOutcome.ANSWERED);
                  assertThat(call.pddMs()).isCloseTo(300, within(300));
                  assertThat(call.setupMs()).isCloseTo(700, within(300));
                  assertThat(call.mos()).isGreaterThan(4.0);
                } else {
                  assertThat(call.result()).isEqualTo(CallOutcome.BUSY);
                  assertThat(call.sipCode()).isEqualTo(486);
                }
              });

      List<CarrierComparison> rows = campaigns.comparison(admin, run.id());
      CarrierComparison goodAll =
          rows.stream()
              .filter(
                  r -> r.carrierId().equals(goodCarrier.id().value()) && r.destination() == null)
              .findFirst()
              .orElseThrow();
      CarrierComparison busyAll =
          rows.stream()
              .filter(
                  r -> r.carrierId().equals(busyCarrier.id().value()) && r.destination() == null)
              .findFirst()
              .orElseThrow();
      assertThat(goodAll.kpis().asrPercent()).isEqualTo(100.0);
      assertThat(goodAll.kpis().acdSeconds()).isCloseTo(1.0, within(0.3));
      assertThat(goodAll.kpis().pddP95Ms()).isCloseTo(300L, within(300L));
      assertThat(busyAll.kpis().asrPercent()).isZero();
      assertThat(busyAll.kpis().nerPercent()).isEqualTo(100.0);
      assertThat(rows).hasSize(6);
      assertThat(campaigns.series(admin, c.id())).isNotEmpty();
      assertThat(index.recent(admin, "sip-campaign:" + c.name(), PageRequest.first(5)).rows())
          .isNotEmpty();
    }
  }

  @Test
  void aRecurringCampaignIsACronWorkflowThatStoppingCancels() {
    Actor admin = admin();
    try (SippPeer good =
        SippPeer.scenario("uas-answer.xml").set("ring_ms", 0).set("answer_ms", 0).start()) {
      Account carrier = sip.carrier(admin, "Hourly carrier", good, null);
      CampaignDraft draft =
          new CampaignDraft(
              "Hourly " + Fixtures.unique("c"),
              List.of("4420"),
              List.of(carrier.id().value()),
              1,
              1,
              BigDecimal.ONE,
              0,
              10,
              "0 * * * *");
      Campaign c = ((CampaignChange.Started) campaigns.start(admin, draft)).campaign();
      assertThat(c.recurring()).isTrue();
      assertThat(status.current(c.workflowId()))
          .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(WorkflowRunStatus.RUNNING));

      Campaign stopped = campaigns.stop(admin, c.id());
      assertThat(stopped.status()).isEqualTo(SipRunStatus.STOPPED);
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () ->
                  assertThat(status.current(c.workflowId()))
                      .hasValueSatisfying(
                          r -> assertThat(r.status()).isEqualTo(WorkflowRunStatus.CANCELED)));
    }
  }

  @Test
  void theRetentionPurgeTakesACarriersSipDataAlongWithTheCarrier() {
    Actor admin = admin();
    try (SippPeer busy = SippPeer.scenario("uas-busy.xml").set("ring_ms", 0).start()) {
      Account carrier = sip.carrier(admin, "Purged carrier", busy, null);
      Campaign c =
          ((CampaignChange.Started)
                  campaigns.start(
                      admin,
                      new CampaignDraft(
                          "Before purge " + Fixtures.unique("c"),
                          List.of("4420"),
                          List.of(carrier.id().value()),
                          1,
                          1,
                          BigDecimal.ONE,
                          0,
                          5,
                          null)))
              .campaign();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> campaigns.get(admin, c.id()).status() == SipRunStatus.COMPLETED);
      accounts.delete(admin, carrier.id());
      db.update(ACCOUNT)
          .set(ACCOUNT.DELETED_AT, OffsetDateTime.now().minusYears(20).toInstant())
          .where(ACCOUNT.ID.eq(carrier.id().value()))
          .execute();

      WorkflowRun run = retention.purgeNow(admin);
      temporal.newUntypedWorkflowStub(run.workflowId()).getResult(PurgeReport.class);

      assertThat(db.fetchExists(ACCOUNT, ACCOUNT.ID.eq(carrier.id().value()))).isFalse();
      assertThat(db.fetchExists(SIP_TEST_CALL, SIP_TEST_CALL.CARRIER_ID.eq(carrier.id().value())))
          .isFalse();
      assertThat(
              db.fetchExists(
                  CARRIER_SIP_TARGET, CARRIER_SIP_TARGET.CARRIER_ID.eq(carrier.id().value())))
          .isFalse();
    }
  }

  @Test
  void aCampaignIsRefusedWithEveryProblemWhenCarriersHaveNoTarget() {
    Actor admin = admin();
    Account customer = fixtures.account(admin, Fixtures.unique("Customer"));
    UUID unknown = UUID.randomUUID();
    CampaignDraft draft =
        new CampaignDraft(
            "Bad",
            List.of("4420"),
            List.of(customer.id().value(), unknown),
            1,
            1,
            BigDecimal.ONE,
            0,
            10,
            null);
    CampaignChange change = campaigns.start(admin, draft);
    assertThat(change).isInstanceOf(CampaignChange.Rejected.class);
    assertThat(((CampaignChange.Rejected) change).problems())
        .filteredOn(p -> p.field().equals("carriers"))
        .extracting(FieldProblem::message)
        .containsExactlyInAnyOrder(
            customer.name() + " is not a live carrier", "No such carrier: " + unknown);
  }
}
