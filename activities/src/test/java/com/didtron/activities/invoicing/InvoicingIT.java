package com.didtron.activities.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.balance.CustomerBalances;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.notification.Outbox;
import com.didtron.activities.settlement.DocumentCounter;
import com.didtron.activities.storage.StoredFiles;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.PdfText;
import com.didtron.activities.testing.SettlementFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.DocumentNumbers;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.money.Money;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.storage.FileKind;
import com.didtron.domain.usage.UsageCharge.Leg;
import com.didtron.domain.user.Role;
import com.didtron.testsupport.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.awaitility.Awaitility;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The invoicing cycle end to end on the real platform: workflow, ledger, PDF, outbox, numbering.
 */
class InvoicingIT extends ActivitiesIT {
  @Autowired SettlementFixtures settle;
  @Autowired LedgerFixtures money;
  @Autowired Fixtures fixtures;
  @Autowired TestClock clock;
  @Autowired InvoiceService invoices;
  @Autowired Ledger ledger;
  @Autowired CustomerBalances balances;
  @Autowired Outbox outbox;
  @Autowired DocumentCounter counter;
  @Autowired TransactionTemplate tx;
  @Autowired DSLContext db;
  @Autowired StoredFiles storedFiles;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void aMonthlyInvoiceBillsUsageUpToTheCloseAddsTaxPostsItAndIsEmailedWithItsPdf()
      throws Exception {
    Account a =
        money.account(
            AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "1000", "billing@customer.example");
    settle.billing(a, BillingCycle.MONTHLY, "20");
    clock.set("2025-03-10T12:00:00Z");
    settle.usage(a, Leg.CUSTOMER, "10.5", 30, 1800);
    clock.set("2025-03-31T23:59:00Z");
    settle.usage(a, Leg.CUSTOMER, "4.5", 9, 540);
    clock.set("2025-04-01T03:00:00Z"); // late CDRs within the 6 h grace time
    settle.usage(a, Leg.CUSTOMER, "1", 2, 60);
    clock.set("2025-04-01T07:00:00Z"); // after the close: next month's invoice
    settle.usage(a, Leg.CUSTOMER, "2", 4, 120);

    Invoice i = settle.invoice(a, "2025-03");

    assertThat(i.number()).matches("INV-\\d{6}");
    assertThat(i.subtotal().amount()).isEqualByComparingTo("16");
    assertThat(i.tax().amount()).isEqualByComparingTo("3.20");
    assertThat(i.total().amount()).isEqualByComparingTo("19.20");
    assertThat(invoices.lines(admin(), i.id()))
        .hasSize(3)
        .allSatisfy(l -> assertThat(l.kind()).isEqualTo("USAGE"));
    var entries = ledger.entriesBySource(a.tenantId(), SourceRef.of(SourceType.INVOICE, i.id()));
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).workflowId()).isEqualTo("invoice-" + a.id() + "-2025-03");
    assertThat(balances.current(a.tenantId(), a.id()).funds()).isEqualTo(Money.of("-21.2", "USD"));
    byte[] bytes = invoices.pdf(admin(), i.id());
    Files.createDirectories(Path.of("target", "documents"));
    Files.write(Path.of("target", "documents", "invoice-example.pdf"), bytes);
    String pdf = PdfText.of(bytes);
    assertThat(pdf).contains("Invoice " + i.number()).contains("19.20").contains("Amount due");
    String served = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertThat(storedFiles.list(admin(), a.id(), FileKind.INVOICE_PDF))
        .as("the run kept the PDF in the file store, and it is what is served")
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.name()).isEqualTo(i.number() + ".pdf");
              assertThat(f.sha256()).isEqualTo(served);
            });
    assertThat(outbox.byDedupKey("invoice:" + i.id()))
        .hasValueSatisfying(
            m -> assertThat(m.subject()).isEqualTo("Invoice " + i.number() + " for 2025-03"));

    Invoice april = settle.invoice(a, "2025-04");
    assertThat(april.subtotal().amount()).isEqualByComparingTo("2");
    assertThat(april.number()).isNotEqualTo(i.number());
  }

  @Test
  void aPrepaidInvoiceIsAStatementOfFundsAlreadyUsed() throws Exception {
    Account a = money.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", null);
    clock.set("2025-05-03T10:00:00Z");
    money.topUp(a, "50");
    settle.usage(a, Leg.CUSTOMER, "7.25", 10, 600);
    Invoice i = settle.invoice(a, "2025-05");
    assertThat(i.total().amount()).isEqualByComparingTo("7.25");
    assertThat(ledger.entriesBySource(a.tenantId(), SourceRef.of(SourceType.INVOICE, i.id())))
        .isEmpty();
    assertThat(PdfText.of(invoices.pdf(admin(), i.id())))
        .contains("Settled from your prepaid balance");
    assertThat(balances.current(a.tenantId(), a.id()).funds()).isEqualTo(Money.of("42.75", "USD"));
  }

  @Test
  void aPeriodWithoutUsageIssuesNoInvoiceAndUsesNoNumber() {
    Account a = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "10", null);
    long before = counter(a);
    var run = invoices.startRun(admin(), a.id(), "2025-01");
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                invoices.runStatus(admin(), run.workflowId()).map(r -> !r.isOpen()).orElse(false));
    assertThat(settle.invoiceOf(a, "2025-01")).isNull();
    assertThat(counter(a)).isEqualTo(before);
  }

  @Test
  void invoiceNumbersHaveNoGapsEvenWhenAnIssueRollsBack() {
    Account a = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "10", null);
    Account b = money.account(AccountKind.BOTH, BillingMode.POSTPAID, "USD", "10", null);
    settle.billing(b, BillingCycle.DAILY, "0");
    clock.set("2025-06-02T10:00:00Z");
    settle.usage(a, Leg.CUSTOMER, "1", 1, 60);
    settle.usage(b, Leg.CUSTOMER, "1", 1, 60);
    Invoice first = settle.invoice(a, "2025-06");
    tx.executeWithoutResult(
        s -> {
          counter.next(a.tenantId(), DocumentNumbers.Kind.INVOICE);
          s.setRollbackOnly();
        });
    Invoice second = settle.invoice(b, "2025-06-02");
    assertThat(Long.parseLong(second.number().substring(4)))
        .isGreaterThan(Long.parseLong(first.number().substring(4)));
    var seqs =
        db.fetch("SELECT seq FROM invoice WHERE tenant_id = ? ORDER BY seq", a.tenantId().value())
            .getValues(0, Long.class);
    for (int n = 0; n < seqs.size(); n++) {
      assertThat(seqs.get(n)).isEqualTo(n + 1L);
    }
  }

  @Test
  void startingTheSameRunAgainAndAgainIssuesOneInvoice() {
    Account a = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "10", null);
    clock.set("2025-07-09T10:00:00Z");
    settle.usage(a, Leg.CUSTOMER, "3", 3, 180);
    var first = invoices.startRun(admin(), a.id(), "2025-07");
    var second = invoices.startRun(admin(), a.id(), "2025-07");
    assertThat(second.workflowId()).isEqualTo(first.workflowId());
    Invoice i = settle.invoice(a, "2025-07");
    settle.invoice(a, "2025-07"); // a third run after the first completed
    assertThat(invoices.find(admin(), a.id(), new PageRequest(0, 10)).total()).isEqualTo(1);
    assertThat(ledger.entriesBySource(a.tenantId(), SourceRef.of(SourceType.INVOICE, i.id())))
        .isEmpty();
  }

  @Test
  void customersSeeOnlyTheirOwnInvoicesAndCarriersAreNotInvoiced() {
    Account a = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "10", null);
    Account other = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "10", null);
    Account carrier = money.account(AccountKind.CARRIER, BillingMode.POSTPAID, "USD", "0", null);
    clock.set("2025-08-09T10:00:00Z");
    settle.usage(other, Leg.CUSTOMER, "3", 3, 180);
    Invoice theirs = settle.invoice(other, "2025-08");
    var customer = actorOf(fixtures.portalUser(admin(), a, Role.CUSTOMER));
    assertThat(invoices.find(customer, null, new PageRequest(0, 10)).total()).isZero();
    assertThatThrownBy(() -> invoices.get(customer, theirs.id())).hasMessage("No such invoice");
    assertThatThrownBy(() -> invoices.startRun(customer, a.id(), "2025-08"))
        .hasMessageContaining("finance");
    assertThatThrownBy(() -> invoices.startRun(admin(), carrier.id(), "2025-08"))
        .hasMessageContaining("not invoiced");
    assertThatThrownBy(() -> invoices.startRun(admin(), a.id(), "August"))
        .hasMessageContaining("not a monthly period");
  }

  private long counter(Account a) {
    Long v =
        db.fetchValue(
                    "SELECT last_value FROM document_counter WHERE tenant_id = ? AND kind = 'INVOICE'",
                    a.tenantId().value())
                instanceof Long l
            ? l
            : null;
    return v == null ? 0 : v;
  }
}
