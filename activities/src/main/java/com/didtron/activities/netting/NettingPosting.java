package com.didtron.activities.netting;

import com.didtron.activities.ledger.Ledger;
import com.didtron.domain.access.Actor;
import com.didtron.domain.ledger.JournalEntryDraft;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.ledger.Posting;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.money.Money;
import com.didtron.domain.netting.NettingRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The offset entry: debit the company's carrier payable (we owe it less) and credit its customer
 * balance (it owes us less) by the offset, keyed {@code netting:<id>}.
 */
@Component
class NettingPosting {
  private final Ledger ledger;
  private final Clock clock;

  NettingPosting(Ledger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  void post(NettingRequest n, String workflowId) {
    Money offset = n.offset();
    var payable = ledger.chart().party(n.tenantId(), LedgerPurpose.CARRIER_PAYABLE, n.accountId());
    var receivable =
        ledger.chart().party(n.tenantId(), LedgerPurpose.CUSTOMER_BALANCE, n.accountId());
    ledger.post(
        new JournalEntryDraft(
            n.tenantId(),
            LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
            "Netting "
                + n.number()
                + ": "
                + n.accountName()
                + " customer and carrier balances offset",
            SourceRef.of(SourceType.NETTING, n.id()),
            workflowId,
            "netting:" + n.id(),
            List.of(
                Posting.debit(payable.id(), offset, n.number() + ": we owe less"),
                Posting.credit(receivable.id(), offset, n.number() + ": customer owes less"))),
        Actor.system("netting", n.tenantId()));
  }
}
