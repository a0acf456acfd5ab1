package com.didtron.activities.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.balance.BalanceMonitor;
import com.didtron.activities.creditnote.CreditNoteChange;
import com.didtron.activities.invoicing.BillingSettingsService;
import com.didtron.activities.invoicing.InvoiceService;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.usage.UsageChargeSink;
import com.didtron.activities.user.UserLogins;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.CreditNote;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.ledger.JournalEntryDraft;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.ledger.Posting;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.money.Money;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.usage.UsageBatch;
import com.didtron.domain.usage.UsageCharge;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Settlement test data: rated usage through the pipeline's seam, billing settings, invoice runs.
 */
@Component
public class SettlementFixtures {
  private final List<UsageChargeSink> sinks;
  private final TransactionTemplate tx;
  private final BillingSettingsService billing;
  private final InvoiceService invoices;
  private final UserLogins logins;
  private final LedgerFixtures money;
  private final Ledger ledger;
  private final BalanceMonitor monitor;
  private final Clock clock;

  SettlementFixtures(
      List<UsageChargeSink> sinks,
      TransactionTemplate tx,
      BillingSettingsService billing,
      InvoiceService invoices,
      UserLogins logins,
      LedgerFixtures money,
      Ledger ledger,
      BalanceMonitor monitor,
      Clock clock) {
    this.money = money;
    this.ledger = ledger;
    this.monitor = monitor;
    this.clock = clock;
    this.sinks = sinks;
    this.tx = tx;
    this.billing = billing;
    this.invoices = invoices;
    this.logins = logins;
  }

  Actor admin() {
    return logins.principal(TestAdmin.EMAIL).orElseThrow().actor();
  }

  /** A rated CDR batch handed over by the rating pipeline (as the CDR pipeline does). */
  public UUID usage(Account a, UsageCharge.Leg leg, String amount, long calls, long seconds) {
    UUID id = UUID.randomUUID();
    UsageBatch batch =
        new UsageBatch(
            a.tenantId().value(),
            id,
            "batch-" + id.toString().substring(0, 8) + ".csv",
            null,
            List.of(
                new UsageCharge(
                    a.id().value(), leg, Money.of(amount, a.currency().code()), calls, seconds)));
    tx.executeWithoutResult(s -> sinks.forEach(sink -> sink.apply(batch)));
    return id;
  }

  /** Money received from a customer, dated by the platform clock (clearing against its balance). */
  public void payment(Account a, String amount) {
    Money m = Money.of(amount, a.currency().code());
    UUID source = money.adjustment(a, m);
    tx.executeWithoutResult(
        s -> {
          var clearing = ledger.chart().postable(a.tenantId(), LedgerPurpose.PAYMENT_CLEARING);
          var customer = ledger.chart().party(a.tenantId(), LedgerPurpose.CUSTOMER_BALANCE, a.id());
          ledger.post(
              new JournalEntryDraft(
                  a.tenantId(),
                  LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                  "Payment received",
                  SourceRef.of(SourceType.ADJUSTMENT, source),
                  null,
                  "payment:" + source,
                  List.of(
                      Posting.debit(clearing.id(), m, null),
                      Posting.credit(customer.id(), m, null))),
              admin());
          monitor.changed(a.tenantId(), a.id());
        });
  }

  public void billing(Account a, BillingCycle cycle, String taxRate) {
    billing.update(admin(), a.id(), cycle, new BigDecimal(taxRate));
  }

  /**
   * Starts the run of a period and waits until its invoice is issued, rendered and (if possible)
   * emailed.
   */
  public Invoice invoice(Account a, String periodKey) {
    invoices.startRun(admin(), a.id(), periodKey);
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> invoiceOf(a, periodKey),
            i -> i != null && i.hasPdf() && (a.email() == null || i.emailedAt() != null));
  }

  public Invoice invoiceOf(Account a, String periodKey) {
    return invoices.find(admin(), a.id(), new PageRequest(0, 100)).rows().stream()
        .filter(i -> i.period().key().equals(periodKey))
        .findFirst()
        .orElse(null);
  }

  /** The note of a {@code Created} outcome; fails the test on any other outcome. */
  public static CreditNote created(CreditNoteChange change) {
    assertThat(change).isInstanceOf(CreditNoteChange.Created.class);
    return ((CreditNoteChange.Created) change).note();
  }
}
