package com.didtron.activities.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.creditnote.CreditNoteService;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.PdfText;
import com.didtron.activities.testing.SettlementFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.CreditNoteStatus;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.statement.Statement;
import com.didtron.domain.usage.UsageCharge.Leg;
import com.didtron.domain.user.Role;
import com.didtron.testsupport.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Statements of account: invoices, payments, credit notes and a running balance that ties to the
 * ledger.
 */
class StatementIT extends ActivitiesIT {
  @Autowired Fixtures fixtures;
  @Autowired SettlementFixtures settle;
  @Autowired LedgerFixtures money;
  @Autowired TestClock clock;
  @Autowired StatementService statements;
  @Autowired CreditNoteService notes;
  @Autowired Ledger ledger;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void aCustomerStatementListsInvoicesPaymentsAndCreditNotesAndTiesToTheLedger() throws Exception {
    Account a = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "1000", null);
    settle.billing(a, BillingCycle.MONTHLY, "10");
    clock.set("2024-05-10T10:00:00Z");
    settle.usage(a, Leg.CUSTOMER, "100", 100, 6000);
    clock.set("2024-06-01T08:00:00Z");
    Invoice may = settle.invoice(a, "2024-05"); // 110 with tax
    clock.set("2024-06-05T10:00:00Z");
    settle.payment(a, "50");
    var note =
        SettlementFixtures.created(
            notes.create(admin(), may.id(), new BigDecimal("11"), "one day double billed"));
    notes.approve(
        actorOf(fixtures.staffUser(admin(), Role.FINANCE)),
        note.id(),
        null); // four eyes: not its requester
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> notes.get(admin(), note.id()).status() == CreditNoteStatus.APPROVED);
    clock.set("2024-06-20T10:00:00Z");
    settle.usage(a, Leg.CUSTOMER, "7", 7, 420); // not invoiced yet
    clock.reset();

    Statement s =
        statements.statement(
            admin(), a.id(), "CUSTOMER", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 1));

    assertThat(s.opening()).isZero();
    assertThat(s.rows())
        .extracting(Statement.Row::kind)
        .containsExactly("INVOICE", "ADJUSTMENT", "CREDIT_NOTE");
    assertThat(s.rows().get(0).charge()).isEqualByComparingTo("110");
    assertThat(s.rows().get(1).credit()).isEqualByComparingTo("50");
    assertThat(s.rows().get(2).credit()).isEqualByComparingTo("11");
    assertThat(s.closing()).isEqualByComparingTo("49");
    assertThat(s.unbilled()).isEqualByComparingTo("7");
    var sub =
        ledger
            .chart()
            .findParty(a.tenantId(), LedgerPurpose.CUSTOMER_BALANCE, a.id())
            .orElseThrow();
    assertThat(s.ledgerBalance())
        .isEqualByComparingTo(ledger.balance(sub.id(), a.currency()).amount());
    String pdf =
        PdfText.of(
            statements.pdf(
                admin(), a.id(), "CUSTOMER", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 1)));
    assertThat(pdf).contains("Statement of account").contains(may.number()).contains("49.00");
  }

  @Test
  void aCarrierStatementShowsWhatWeOweItPerDay() {
    Account c = money.account(AccountKind.CARRIER, BillingMode.POSTPAID, "USD", "0", null);
    clock.set("2024-07-02T10:00:00Z");
    settle.usage(c, Leg.CARRIER, "30", 10, 600);
    settle.usage(c, Leg.CARRIER, "20", 10, 600);
    clock.set("2024-07-03T10:00:00Z");
    settle.usage(c, Leg.CARRIER, "5", 1, 60);
    clock.reset();
    Statement s =
        statements.statement(
            admin(), c.id(), "CARRIER", LocalDate.of(2024, 7, 1), LocalDate.of(2024, 8, 1));
    assertThat(s.rows()).hasSize(2);
    assertThat(s.rows().get(0).charge()).isEqualByComparingTo("50");
    assertThat(s.closing()).isEqualByComparingTo("55");
  }
}
