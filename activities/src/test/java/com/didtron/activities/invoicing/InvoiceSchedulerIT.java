package com.didtron.activities.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.workflowindex.WorkflowStatusReader;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.BillingTerms;
import com.didtron.testsupport.TestClock;
import com.didtron.workflows.invoicing.InvoiceRunWorkflow;
import com.didtron.workflows.invoicing.InvoiceSchedulerActivities;
import java.math.BigDecimal;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The invoice scheduler's choice: which accounts get an invoice run, for which period. The clock
 * stands in 2040, so every run it starts waits for a period close years away and issues nothing
 * while the tests run (other tests' accounts are not disturbed).
 */
class InvoiceSchedulerIT extends ActivitiesIT {
  @Autowired InvoiceSchedulerActivities scheduler;
  @Autowired LedgerFixtures money;
  @Autowired BillingSettingsService billing;
  @Autowired AccountService accounts;
  @Autowired WorkflowStatusReader runs;
  @Autowired TestClock clock;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private Account customer(AccountKind kind, BillingCycle cycle, String zone) {
    Account a = money.account(kind, BillingMode.POSTPAID, "USD", "100", null);
    billing.update(admin(), a.id(), new BillingTerms(cycle, ZoneId.of(zone), BigDecimal.ZERO, 30));
    return a;
  }

  private boolean runStarted(Account a, String periodKey) {
    return runs.current(InvoiceRunWorkflow.workflowId(a.id().value(), periodKey)).isPresent();
  }

  @Test
  void aCustomerGetsARunForTheLastMonthEndedByTodayAndNoneForTheMonthStillOpen() {
    Account a = customer(AccountKind.CUSTOMER, BillingCycle.MONTHLY, "UTC");
    clock.set("2040-02-10T12:00:00Z");

    scheduler.startDueRuns();

    assertThat(runStarted(a, "2040-01")).isTrue();
    assertThat(runStarted(a, "2040-02")).isFalse();
    assertThat(runStarted(a, "2039-12")).isFalse();
  }

  @Test
  void todayIsTakenInTheAccountsBillingTimeZone() {
    Account utc = customer(AccountKind.CUSTOMER, BillingCycle.MONTHLY, "UTC");
    Account kiritimati = customer(AccountKind.CUSTOMER, BillingCycle.MONTHLY, "Pacific/Kiritimati");
    // 23:30 UTC on March 31st is already 13:30 on April 1st at UTC+14: March has ended there
    clock.set("2041-03-31T23:30:00Z");

    scheduler.startDueRuns();

    assertThat(runStarted(utc, "2041-02")).isTrue();
    assertThat(runStarted(utc, "2041-03")).isFalse();
    assertThat(runStarted(kiritimati, "2041-03")).isTrue();
    assertThat(runStarted(kiritimati, "2041-02")).isFalse();
  }

  @Test
  void anAccountBilledAsCustomerAndCarrierIsScheduledButACarrierOnlyOrDeletedAccountIsNot() {
    Account both = customer(AccountKind.BOTH, BillingCycle.MONTHLY, "UTC");
    Account carrier = money.account(AccountKind.CARRIER, BillingMode.POSTPAID, "USD", "100", null);
    Account deleted = customer(AccountKind.CUSTOMER, BillingCycle.MONTHLY, "UTC");
    accounts.delete(admin(), deleted.id());
    clock.set("2042-05-20T08:00:00Z");

    scheduler.startDueRuns();

    assertThat(runStarted(both, "2042-04")).isTrue();
    assertThat(runStarted(carrier, "2042-04")).isFalse();
    assertThat(runStarted(deleted, "2042-04")).isFalse();
  }

  @Test
  void aSecondRoundStartsNothingNewForAPeriodAlreadyRunning() {
    Account a = customer(AccountKind.CUSTOMER, BillingCycle.MONTHLY, "UTC");
    clock.set("2043-07-03T00:00:00Z");
    scheduler.startDueRuns();
    String first =
        runs.current(InvoiceRunWorkflow.workflowId(a.id().value(), "2043-06"))
            .orElseThrow()
            .runId();

    scheduler.startDueRuns();

    assertThat(
            runs.current(InvoiceRunWorkflow.workflowId(a.id().value(), "2043-06"))
                .orElseThrow()
                .runId())
        .isEqualTo(first);
  }

  @Test
  void aWeeklyCustomerGetsTheLastIsoWeekEndedAndASemiMonthlyOneTheFirstHalfOfTheMonth() {
    Account weekly = customer(AccountKind.CUSTOMER, BillingCycle.WEEKLY, "UTC");
    Account semi = customer(AccountKind.CUSTOMER, BillingCycle.SEMI_MONTHLY, "UTC");
    // Wednesday 13 January 2044, ISO week 2: week 1 (4 to 10 January) has ended; 1 to 15 January
    // has not
    clock.set("2044-01-13T09:00:00Z");

    scheduler.startDueRuns();

    assertThat(runStarted(weekly, "2044-W01")).isTrue();
    assertThat(runStarted(weekly, "2044-W02")).isFalse();
    assertThat(runStarted(semi, "2043-12-H2")).isTrue();
    assertThat(runStarted(semi, "2044-01-H1")).isFalse();
  }
}
