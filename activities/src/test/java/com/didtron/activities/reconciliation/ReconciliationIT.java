package com.didtron.activities.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.netting.DisputeService;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.SettlementFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.netting.Dispute;
import com.didtron.domain.reconciliation.Reconciliation;
import com.didtron.domain.usage.UsageCharge.Leg;
import com.didtron.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A carrier's file against our supplier-rated usage; the difference becomes a dispute. */
class ReconciliationIT extends ActivitiesIT {
  @Autowired SettlementFixtures settle;
  @Autowired LedgerFixtures money;
  @Autowired TestClock clock;
  @Autowired ReconciliationService reconciliations;
  @Autowired DisputeService disputes;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void aDayTheCarrierOverchargesIsReportedAndDisputed() {
    Account carrier = money.account(AccountKind.CARRIER, BillingMode.POSTPAID, "USD", "0", null);
    clock.set("2025-02-03T12:00:00Z");
    settle.usage(carrier, Leg.CARRIER, "12.00", 100, 6000); // 100 minutes
    clock.set("2025-02-04T12:00:00Z");
    settle.usage(carrier, Leg.CARRIER, "6.00", 50, 3000); // 50 minutes
    clock.reset();

    Reconciliation r =
        reconciliations.importFile(
            admin(),
            carrier.id(),
            "feb.csv",
            """
        date,destination,minutes,amount
        2025-02-03,UK Mobile,60,7.20
        2025-02-03,UK Fixed,40.5,4.80
        2/4/2025,UK Mobile,80,9.60
        """);

    assertThat(r.theirAmount()).isEqualByComparingTo("21.60");
    assertThat(r.ourAmount()).isEqualByComparingTo("18.00");
    assertThat(r.differences())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.level()).isEqualTo("DAY");
              assertThat(d.day()).hasToString("2025-02-04");
              assertThat(d.minuteDifference()).isEqualByComparingTo("30");
              assertThat(d.amountDifference()).isEqualByComparingTo("3.60");
            });
    Dispute d = reconciliations.dispute(admin(), r.id(), "February overcharge on the 4th");
    assertThat(d.amount().amount()).isEqualByComparingTo("3.60");
    assertThat(d.reconciliationId()).isEqualTo(r.id());
    assertThat(disputes.openAmount(carrier.tenantId(), carrier.id(), carrier.currency()))
        .isEqualByComparingTo("3.60");
  }

  @Test
  void anUnreadableFileIsRefusedLineByLine() {
    Account carrier = money.account(AccountKind.CARRIER, BillingMode.POSTPAID, "USD", "0", null);
    assertThatThrownBy(
            () ->
                reconciliations.importFile(
                    admin(), carrier.id(), "bad.csv", "date,minutes,amount\n2025-02-03,abc,1\n"))
        .isInstanceOf(ReconciliationService.BadFile.class)
        .hasMessageContaining("line 2: minutes 'abc' is not a number");
  }
}
