package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.balance.CustomerBalances;
import com.didtron.activities.creditnote.CreditNoteService;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.ledger.LedgerVerifier;
import com.didtron.activities.netting.NettingService;
import com.didtron.activities.statement.StatementService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.PdfText;
import com.didtron.activities.testing.SettlementFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.CreditNote;
import com.didtron.domain.invoicing.CreditNoteStatus;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.netting.NettingRequest;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.statement.Statement;
import com.didtron.domain.usage.UsageCharge.Leg;
import com.didtron.domain.user.Role;
import com.didtron.testsupport.TestClock;
import com.didtron.workflows.TaskQueues;
import com.didtron.workflows.netting.NettingWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A month of a small wholesale business, in the style of Kill Bill's beatrix tests: a controlled
 * clock walks through March 2024 — rated usage through the pipeline's seam, payments, the invoice
 * runs after the close, a credit note, netting — and the ledger and documents are asserted at the
 * end.
 */
class SettlementScenarioIT extends PlatformIT {
  private static final CurrencyCode USD = CurrencyCode.of("USD");

  @Autowired Fixtures fixtures;
  @Autowired SettlementFixtures settle;
  @Autowired LedgerFixtures money;
  @Autowired TestClock clock;
  @Autowired Ledger ledger;
  @Autowired LedgerVerifier verifier;
  @Autowired CreditNoteService notes;
  @Autowired NettingService netting;
  @Autowired StatementService statements;
  @Autowired WorkflowClient client;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private BigDecimal ledgerBalance(LedgerPurpose purpose) {
    return ledger.balance(money.account(purpose).id(), USD).amount();
  }

  private BigDecimal party(Account a, LedgerPurpose side) {
    return ledger
        .chart()
        .findParty(a.tenantId(), side, a.id())
        .map(s -> ledger.balance(s.id(), USD).amount())
        .orElse(BigDecimal.ZERO);
  }

  private void on(String day) {
    clock.set(day + "T10:00:00Z");
  }

  @Test
  void aMonthOfUsagePaymentsInvoicesACreditNoteAndNettingLeavesABalancedLedger() throws Exception {
    BigDecimal revenue0 = ledgerBalance(LedgerPurpose.REVENUE);
    BigDecimal tax0 = ledgerBalance(LedgerPurpose.TAX);
    BigDecimal cost0 = ledgerBalance(LedgerPurpose.COST_OF_SALES);

    Account postpaid =
        money.account(
            AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "500", "ap@postpaid.example");
    settle.billing(postpaid, BillingCycle.MONTHLY, "20");
    Account prepaid =
        money.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", "noc@prepaid.example");
    Account both = money.account(AccountKind.BOTH, BillingMode.POSTPAID, "USD", "1000", null);
    Account carrier = money.account(AccountKind.CARRIER, BillingMode.POSTPAID, "USD", "0", null);

    on("2024-03-01");
    settle.payment(prepaid, "100");
    on("2024-03-04");
    settle.usage(postpaid, Leg.CUSTOMER, "40", 400, 24000);
    settle.usage(prepaid, Leg.CUSTOMER, "30", 300, 18000);
    settle.usage(carrier, Leg.CARRIER, "60", 700, 42000);
    on("2024-03-12");
    settle.usage(postpaid, Leg.CUSTOMER, "35", 350, 21000);
    settle.usage(both, Leg.CUSTOMER, "150", 1500, 90000);
    settle.usage(both, Leg.CARRIER, "130", 1300, 78000);
    on("2024-03-15");
    settle.payment(postpaid, "20");
    clock.set("2024-04-01T02:00:00Z"); // late CDRs of March, within the close delay
    settle.usage(postpaid, Leg.CUSTOMER, "25", 250, 15000);

    clock.set("2024-04-01T07:00:00Z"); // March has closed: invoice runs
    Invoice march = settle.invoice(postpaid, "2024-03");
    Invoice prepaidMarch = settle.invoice(prepaid, "2024-03");
    assertThat(march.subtotal().amount()).isEqualByComparingTo("100");
    assertThat(march.tax().amount()).isEqualByComparingTo("20");
    assertThat(march.total().amount()).isEqualByComparingTo("120");
    assertThat(prepaidMarch.total().amount()).isEqualByComparingTo("30");

    on("2024-04-03"); // a credit note, approved by finance
    CreditNote note =
        SettlementFixtures.created(
            notes.create(admin(), march.id(), new BigDecimal("12"), "route outage on the 12th"));
    notes.approve(
        actorOf(fixtures.staffUser(admin(), Role.FINANCE)),
        note.id(),
        "confirmed"); // four eyes: not its requester
    CreditNote approved =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> notes.get(admin(), note.id()), n -> n.status() == CreditNoteStatus.APPROVED);

    on("2024-04-05"); // the netting schedule fires
    client
        .newWorkflowStub(
            NettingWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(TaskQueues.PLATFORM)
                .setWorkflowId("netting-scenario-" + both.id())
                .build())
        .propose();
    NettingRequest proposal =
        netting.find(admin(), "PROPOSED", new PageRequest(0, 500)).rows().stream()
            .filter(r -> r.accountId().equals(both.id()))
            .findFirst()
            .orElseThrow();
    assertThat(proposal.offset().amount()).isEqualByComparingTo("130");
    NettingRequest netted = netting.approve(admin(), proposal.id(), null);

    clock.reset();
    // the ledger: what each party owes and what the business earned
    assertThat(party(postpaid, LedgerPurpose.CUSTOMER_BALANCE))
        .isEqualByComparingTo("88"); // 120 - 20 - 12
    assertThat(party(prepaid, LedgerPurpose.CUSTOMER_BALANCE))
        .isEqualByComparingTo("-70"); // 70 prepaid left
    assertThat(party(both, LedgerPurpose.CUSTOMER_BALANCE)).isEqualByComparingTo("20");
    assertThat(party(both, LedgerPurpose.CARRIER_PAYABLE)).isEqualByComparingTo("0");
    assertThat(party(carrier, LedgerPurpose.CARRIER_PAYABLE)).isEqualByComparingTo("-60");
    assertThat(ledgerBalance(LedgerPurpose.REVENUE).subtract(revenue0))
        .isEqualByComparingTo("-270"); // 100+30+150-10
    assertThat(ledgerBalance(LedgerPurpose.TAX).subtract(tax0)).isEqualByComparingTo("-18"); // 20-2
    assertThat(ledgerBalance(LedgerPurpose.COST_OF_SALES).subtract(cost0))
        .isEqualByComparingTo("190");
    assertThat(ledger.trialBalance(admin().tenantId()).totals().get(USD)).isEqualByComparingTo("0");
    assertThat(verifier.verify().violations()).isEmpty();

    // the documents
    assertThat(approved.number()).matches("CN-\\d{6}");
    assertThat(approved.tax().amount()).isEqualByComparingTo("2");
    assertThat(netted.number()).matches("NET-\\d{6}");
    Statement s =
        statements.statement(
            admin(), postpaid.id(), "CUSTOMER", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 1));
    assertThat(s.rows())
        .extracting(Statement.Row::kind)
        .containsExactly("ADJUSTMENT", "INVOICE", "CREDIT_NOTE");
    assertThat(s.closing()).isEqualByComparingTo("88");
    assertThat(s.unbilled()).isZero();
    assertThat(
            PdfText.of(
                statements.pdf(
                    admin(),
                    postpaid.id(),
                    "CUSTOMER",
                    LocalDate.of(2024, 3, 1),
                    LocalDate.of(2024, 5, 1))))
        .contains(march.number())
        .contains(approved.number());
    assertThat(balances(postpaid)).isEqualTo(Money.of("-88", "USD"));
  }

  @Autowired CustomerBalances customerBalances;

  private Money balances(Account a) {
    return customerBalances.current(a.tenantId(), a.id()).funds();
  }
}
