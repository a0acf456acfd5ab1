package com.didtron.domain.siptest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CampaignDraftTest {
  private static CampaignDraft draft(List<String> numbers, int perPair, String cron) {
    return new CampaignDraft(
        "Weekly UK",
        numbers,
        List.of(UUID.randomUUID(), UUID.randomUUID()),
        perPair,
        5,
        BigDecimal.ONE,
        5,
        30,
        cron);
  }

  @Test
  void aSensibleCampaignHasNoProblemsAndCountsItsCalls() {
    CampaignDraft d =
        draft(List.of(" 442071234567", "+33112345678", "442071234567"), 3, " 0  *  * * * ");
    assertThat(d.validate()).isEmpty();
    assertThat(d.destinations()).containsExactly("442071234567", "+33112345678");
    assertThat(d.callsPerRun()).isEqualTo(12);
    assertThat(d.cron()).isEqualTo("0 * * * *");
  }

  @Test
  void everyProblemIsReportedAtOnceOnItsField() {
    CampaignDraft d =
        new CampaignDraft(" ", List.of("12ab"), List.of(), 0, 0, BigDecimal.ZERO, -1, 0, "hourly");
    assertThat(d.validate())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder(
            "name",
            "destinations",
            "carriers",
            "callsPerPair",
            "concurrency",
            "holdSeconds",
            "ringTimeoutSeconds",
            "cps",
            "cron");
  }

  @Test
  void aRunIsCappedSoItsHistoryStaysSmall() {
    CampaignDraft d = draft(List.of("4420", "4421"), 1000, null);
    assertThat(d.validate())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("callsPerPair");
              assertThat(p.message()).contains("4000");
            });
  }

  @Test
  void aTargetNeedsAHostAPortAndAPasswordForItsUser() {
    assertThat(new SipTargetDraft("gw.carrier.example", 5060, null, null, "4420", true).validate())
        .isEmpty();
    assertThat(new SipTargetDraft("bad host", 0, "u", "", "x1", true).validate())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("host", "port", "authPassword", "probeNumber");
  }
}
