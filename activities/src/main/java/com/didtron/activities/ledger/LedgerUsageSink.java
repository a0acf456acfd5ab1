package com.didtron.activities.ledger;

import static com.didtron.activities.db.Tables.LEDGER_USAGE_BATCH;

import com.didtron.activities.usage.UsageChargeSink;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.ledger.JournalEntryDraft;
import com.didtron.domain.ledger.LedgerAccount;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.ledger.Posting;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.usage.UsageBatch;
import com.didtron.domain.usage.UsageCharge;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a rated CDR batch into journal entries, in the pipeline's transaction: per customer charge
 * debit the customer's balance and credit revenue; per carrier charge debit cost of sales and
 * credit the carrier's payable. Exactly once per batch: the ledger keeps a receipt of each batch,
 * and each entry's idempotency key is {@code usage:<batch>:<leg>:<account>:<currency>}.
 */
@Component
class LedgerUsageSink implements UsageChargeSink {
  private final Ledger ledger;
  private final ChartOfAccounts chart;
  private final BalanceChanges balances;
  private final DSLContext db;
  private final Clock clock;

  LedgerUsageSink(
      Ledger ledger, ChartOfAccounts chart, BalanceChanges balances, DSLContext db, Clock clock) {
    this.ledger = ledger;
    this.chart = chart;
    this.balances = balances;
    this.db = db;
    this.clock = clock;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void apply(UsageBatch batch) {
    if (!receive(batch)) {
      return; // this batch was charged before
    }
    TenantId tenant = new TenantId(batch.tenantId());
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    List<JournalEntryDraft> entries = new ArrayList<>();
    SortedSet<UUID> customers = new TreeSet<>();
    chart.ensureControls(tenant);
    // sub-accounts are created and balances locked in one global order (see ChartOfAccounts,
    // Ledger.postAll)
    List<UsageCharge> sorted =
        batch.charges().stream()
            .sorted(
                Comparator.comparing(UsageCharge::leg)
                    .thenComparing(UsageCharge::accountId)
                    .thenComparing(c -> c.amount().currency().code()))
            .toList();
    for (UsageCharge charge : sorted) {
      if (charge.amount().isZero()) {
        continue;
      }
      entries.add(entry(tenant, batch, charge, today));
      if (charge.leg() == UsageCharge.Leg.CUSTOMER) {
        customers.add(charge.accountId());
      }
    }
    ledger.postAll(entries, Actor.system("usage", tenant));
    customers.forEach(c -> balances.changed(tenant, new AccountId(c)));
  }

  /** Stores the batch's receipt; false when the batch was received before. */
  private boolean receive(UsageBatch batch) {
    return db.insertInto(LEDGER_USAGE_BATCH)
            .set(LEDGER_USAGE_BATCH.BATCH_ID, batch.batchId())
            .set(LEDGER_USAGE_BATCH.TENANT_ID, batch.tenantId())
            .set(LEDGER_USAGE_BATCH.SOURCE, batch.source())
            .set(LEDGER_USAGE_BATCH.WORKFLOW_ID, batch.workflowId())
            .set(LEDGER_USAGE_BATCH.CHARGES, batch.charges().size())
            .set(LEDGER_USAGE_BATCH.RECEIVED_AT, clock.instant())
            .onConflictDoNothing()
            .execute()
        == 1;
  }

  private JournalEntryDraft entry(TenantId tenant, UsageBatch batch, UsageCharge c, LocalDate day) {
    AccountId party = new AccountId(c.accountId());
    boolean customer = c.leg() == UsageCharge.Leg.CUSTOMER;
    LedgerAccount debit =
        customer
            ? chart.party(tenant, LedgerPurpose.CUSTOMER_BALANCE, party)
            : chart.postable(tenant, LedgerPurpose.COST_OF_SALES);
    LedgerAccount credit =
        customer
            ? chart.postable(tenant, LedgerPurpose.REVENUE)
            : chart.party(tenant, LedgerPurpose.CARRIER_PAYABLE, party);
    String memo = c.calls() + " calls, " + c.billableSeconds() + " s";
    String key =
        "usage:"
            + batch.batchId()
            + ":"
            + c.leg()
            + ":"
            + c.accountId()
            + ":"
            + c.amount().currency();
    return new JournalEntryDraft(
        tenant,
        day,
        (customer ? "Customer usage" : "Carrier cost") + ", " + memo + " (" + batch.source() + ")",
        SourceRef.of(SourceType.CDR_BATCH, batch.batchId()),
        batch.workflowId(),
        key,
        List.of(
            new Posting(debit.id(), c.amount(), memo),
            new Posting(credit.id(), c.amount().negate(), memo)));
  }
}
