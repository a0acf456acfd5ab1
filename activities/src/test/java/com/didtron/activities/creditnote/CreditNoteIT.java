package com.didtron.activities.creditnote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.balance.CustomerBalances;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.PdfText;
import com.didtron.activities.testing.SettlementFixtures;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.CreditNote;
import com.didtron.domain.invoicing.CreditNoteStatus;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.money.Money;
import com.didtron.domain.usage.UsageCharge.Leg;
import com.didtron.domain.user.Role;
import com.didtron.testsupport.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Credit notes against invoices: limits, FINANCE approval through the workflow, ledger and PDF. */
class CreditNoteIT extends ActivitiesIT {
  @Autowired SettlementFixtures settle;
  @Autowired LedgerFixtures money;
  @Autowired Fixtures fixtures;
  @Autowired TestClock clock;
  @Autowired CreditNoteService notes;
  @Autowired Ledger ledger;
  @Autowired CustomerBalances balances;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private Invoice invoiceOf120(Account a, String period) {
    settle.billing(a, BillingCycle.MONTHLY, "20");
    clock.set(period + "-10T10:00:00Z");
    settle.usage(a, Leg.CUSTOMER, "100", 100, 6000);
    clock.reset();
    return settle.invoice(a, period);
  }

  private CreditNote awaitStatus(UUID id, String status) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> notes.get(admin(), id), n -> n.status().name().equals(status));
  }

  @Test
  void anApprovedCreditNoteReversesRevenueAndTaxAndIsPrinted() throws Exception {
    Account a =
        money.account(
            AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "1000", "ap@credit.example");
    Invoice invoice = invoiceOf120(a, "2025-10");
    assertThat(invoice.total().amount()).isEqualByComparingTo("120");

    CreditNote pending =
        SettlementFixtures.created(
            notes.create(admin(), invoice.id(), new BigDecimal("60"), "Calls to a closed route"));
    assertThat(pending.status()).isEqualTo(CreditNoteStatus.PENDING);
    assertThat(pending.tax().amount()).isEqualByComparingTo("10");
    Actor finance = actorOf(fixtures.staffUser(admin(), Role.FINANCE));
    notes.approve(finance, pending.id(), "agreed");
    CreditNote approved = awaitStatus(pending.id(), "APPROVED");

    assertThat(approved.number()).matches("CN-\\d{6}");
    assertThat(approved.decidedBy()).isEqualTo(finance.name());
    assertThat(approved.hasPdf()).isTrue();
    var entries =
        ledger.entriesBySource(a.tenantId(), SourceRef.of(SourceType.CREDIT_NOTE, pending.id()));
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).workflowId()).isEqualTo("credit-note-" + pending.id());
    assertThat(balances.current(a.tenantId(), a.id()).funds()).isEqualTo(Money.of("-60", "USD"));
    assertThat(PdfText.of(notes.pdf(admin(), pending.id()).orElseThrow()))
        .contains("Credit note " + approved.number())
        .contains(invoice.number())
        .contains("60.00");
  }

  @Test
  void aCreditNoteAboveWhatIsLeftOnTheInvoiceIsRefusedClearly() {
    Account a = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "1000", null);
    Invoice invoice = invoiceOf120(a, "2025-11");
    assertThat(notes.create(admin(), invoice.id(), new BigDecimal("120.01"), "too much"))
        .isEqualTo(
            new CreditNoteChange.Rejected(
                "The amount 120.01 is more than is left to credit on this invoice (120.00 of 120.00)"));
    SettlementFixtures.created(
        notes.create(admin(), invoice.id(), new BigDecimal("100"), "first correction"));
    assertThat(notes.create(admin(), invoice.id(), new BigDecimal("30"), "second correction"))
        .isInstanceOf(CreditNoteChange.Rejected.class);
    assertThat(notes.create(admin(), invoice.id(), BigDecimal.ZERO, "nothing"))
        .isEqualTo(new CreditNoteChange.Rejected("A credit note needs an amount above zero"));
  }

  @Test
  void aRejectedCreditNotePostsNothingAndFreesItsAmount() {
    Account a = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "1000", null);
    Invoice invoice = invoiceOf120(a, "2025-12");
    CreditNote n =
        SettlementFixtures.created(
            notes.create(admin(), invoice.id(), new BigDecimal("120"), "whole invoice"));
    Actor customer = actorOf(fixtures.portalUser(admin(), a, Role.CUSTOMER));
    assertThatThrownBy(() -> notes.approve(customer, n.id(), null)).hasMessageContaining("finance");
    assertThatThrownBy(() -> notes.create(customer, invoice.id(), BigDecimal.ONE, "self service"))
        .hasMessageContaining("finance");
    notes.reject(admin(), n.id(), "not justified");
    awaitStatus(n.id(), "REJECTED");
    assertThat(ledger.entriesBySource(a.tenantId(), SourceRef.of(SourceType.CREDIT_NOTE, n.id())))
        .isEmpty();
    SettlementFixtures.created(
        notes.create(admin(), invoice.id(), new BigDecimal("120"), "whole invoice, agreed"));
  }

  @Test
  void theFinanceUserWhoAskedForACreditNoteCannotApproveItButAnotherCan() {
    Account a = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "1000", null);
    Invoice invoice = invoiceOf120(a, "2026-01");
    Actor requester = actorOf(fixtures.staffUser(admin(), Role.FINANCE));
    CreditNote n =
        SettlementFixtures.created(
            notes.create(requester, invoice.id(), new BigDecimal("20"), "Two calls billed twice"));

    assertThatThrownBy(() -> notes.approve(requester, n.id(), "fine by me"))
        .isInstanceOf(AccessDenied.class)
        .hasMessage("You asked for this credit note, so someone else must approve it");
    assertThat(notes.get(admin(), n.id()).status()).isEqualTo(CreditNoteStatus.PENDING);

    Actor colleague = actorOf(fixtures.staffUser(admin(), Role.FINANCE));
    notes.approve(colleague, n.id(), "checked");
    assertThat(awaitStatus(n.id(), "APPROVED").decidedBy()).isEqualTo(colleague.name());
  }
}
