package com.didtron.activities.invoicing;

import com.didtron.activities.ledger.Ledger;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.ledger.JournalEntryDraft;
import com.didtron.domain.ledger.LedgerAccount;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.ledger.Posting;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.tenant.TenantId;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The ledger side of an invoice. Usage was already posted per CDR batch (customer against revenue)
 * when it was rated, so the invoice posts only what is new on it: tax (customer against tax
 * payable) and DID accruals (customer against revenue), in one entry keyed {@code invoice:<id>}.
 * For a postpaid account the customer's sub-account then carries the invoice total as receivable;
 * for a prepaid account the invoice is a statement of what was taken from its funds, tax included.
 */
@Component
class InvoicePosting {
  private final Ledger ledger;
  private final Clock clock;

  InvoicePosting(Ledger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * Refuses a usage answer whose lines do not add up to the parts it bills, or whose whole entries
   * are not what those entries debited the customer (a source's bug).
   */
  void requireConsistent(
      TenantId tenant, AccountId account, CurrencyCode currency, InvoiceUsageSource.Usage used) {
    BigDecimal lines =
        used.lines().stream()
            .map(InvoiceUsageSource.Line::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal parts =
        used.parts().stream()
            .map(InvoiceUsageSource.Part::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    List<UUID> whole =
        used.parts().stream()
            .filter(p -> p.periodStart() == null)
            .map(InvoiceUsageSource.Part::entryId)
            .toList();
    BigDecimal wholeParts =
        used.parts().stream()
            .filter(p -> p.periodStart() == null)
            .map(InvoiceUsageSource.Part::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal posted =
        whole.isEmpty()
            ? BigDecimal.ZERO
            : ledger
                .chart()
                .findParty(tenant, LedgerPurpose.CUSTOMER_BALANCE, account)
                .map(sub -> ledger.postedBy(whole, sub.id(), currency))
                .orElse(BigDecimal.ZERO);
    if (lines.compareTo(parts) != 0 || wholeParts.compareTo(posted) != 0) {
      throw ApplicationFailure.newNonRetryableFailure(
          "usage lines sum to "
              + lines.toPlainString()
              + " but the usage they bill is "
              + parts.toPlainString()
              + " (whole entries: "
              + wholeParts.toPlainString()
              + " of "
              + posted.toPlainString()
              + " posted)",
          "InconsistentUsage");
    }
  }

  /** Posts the invoice's tax and accruals; false when both are zero (nothing new to post). */
  boolean post(JooqInvoiceRepository.NewInvoice i, BigDecimal accrued) {
    BigDecimal toCustomer = i.tax().add(accrued);
    List<Posting> postings = new ArrayList<>();
    LedgerAccount customer =
        ledger.chart().party(i.tenant(), LedgerPurpose.CUSTOMER_BALANCE, i.account());
    add(postings, customer, toCustomer, i, "invoice total beyond usage");
    add(
        postings,
        ledger.chart().postable(i.tenant(), LedgerPurpose.TAX),
        i.tax().negate(),
        i,
        "tax " + i.taxRate().stripTrailingZeros().toPlainString() + " %");
    add(
        postings,
        ledger.chart().postable(i.tenant(), LedgerPurpose.REVENUE),
        accrued.negate(),
        i,
        "DID accruals");
    if (postings.size() < 2) {
      return false;
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    ledger.post(
        new JournalEntryDraft(
            i.tenant(),
            today,
            "Invoice " + i.number() + " for " + i.period().key() + ": tax and accruals",
            SourceRef.of(SourceType.INVOICE, i.id()),
            i.workflowId(),
            "invoice:" + i.id(),
            postings),
        Actor.system("invoicing", i.tenant()));
    return true;
  }

  private static void add(
      List<Posting> postings,
      LedgerAccount account,
      BigDecimal amount,
      JooqInvoiceRepository.NewInvoice i,
      String memo) {
    if (amount.signum() != 0) {
      postings.add(
          new Posting(account.id(), new Money(amount, i.currency()), i.number() + ": " + memo));
    }
  }
}
