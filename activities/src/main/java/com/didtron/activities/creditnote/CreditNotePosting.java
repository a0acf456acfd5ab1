package com.didtron.activities.creditnote;

import com.didtron.activities.ledger.Ledger;
import com.didtron.domain.access.Actor;
import com.didtron.domain.invoicing.CreditNote;
import com.didtron.domain.ledger.JournalEntryDraft;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.ledger.Posting;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The ledger side of an approved credit note: the reverse of what the invoice charged, for the
 * credited amount — debit revenue (amount less tax) and tax payable (the tax share), credit the
 * customer's sub-account (the gross amount). One entry keyed {@code credit-note:<id>}.
 */
@Component
class CreditNotePosting {
  private final Ledger ledger;
  private final Clock clock;

  CreditNotePosting(Ledger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  void post(CreditNote n, String workflowId) {
    Money net = n.net();
    List<Posting> postings = new ArrayList<>();
    if (!net.isZero()) {
      postings.add(
          Posting.debit(
              ledger.chart().postable(n.tenantId(), LedgerPurpose.REVENUE).id(),
              net,
              n.number() + ": revenue credited"));
    }
    if (!n.tax().isZero()) {
      postings.add(
          Posting.debit(
              ledger.chart().postable(n.tenantId(), LedgerPurpose.TAX).id(),
              n.tax(),
              n.number() + ": tax credited"));
    }
    postings.add(
        Posting.credit(
            ledger.chart().party(n.tenantId(), LedgerPurpose.CUSTOMER_BALANCE, n.accountId()).id(),
            n.amount(),
            n.number() + ": credit against " + n.invoiceNumber()));
    ledger.post(
        new JournalEntryDraft(
            n.tenantId(),
            LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
            "Credit note "
                + n.number()
                + " against invoice "
                + n.invoiceNumber()
                + ": "
                + n.reason(),
            SourceRef.of(SourceType.CREDIT_NOTE, n.id()),
            workflowId,
            "credit-note:" + n.id(),
            postings),
        Actor.system("credit-note", n.tenantId()));
  }
}
