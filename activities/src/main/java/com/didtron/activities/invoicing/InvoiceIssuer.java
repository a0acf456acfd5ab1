package com.didtron.activities.invoicing;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.balance.BalanceMonitor;
import com.didtron.activities.settlement.DocumentCounter;
import com.didtron.activities.settlement.SettlementSettings;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.invoicing.BillingPeriod;
import com.didtron.domain.invoicing.DocumentNumbers;
import com.didtron.domain.invoicing.InvoiceLine;
import com.didtron.domain.invoicing.InvoiceStatus;
import com.didtron.domain.invoicing.InvoiceTotals;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.tenant.TenantId;
import com.didtron.workflows.invoicing.IssueInvoiceRequest;
import com.didtron.workflows.invoicing.IssuedInvoice;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the invoice of one account and period in one transaction: the account row is locked (so
 * two runs of the same account queue), an invoice already issued for the period is returned as is,
 * else usage and DID accruals are gathered, tax computed, the next gap-free number taken, the
 * invoice stored with the usage entries it bills, its ledger entry posted and the change audited.
 */
@Component
class InvoiceIssuer {
  private final DSLContext db;
  private final Accounts accounts;
  private final JooqInvoiceRepository invoices;
  private final InvoiceUsageSource usage;
  private final DidAccrualSource dids;
  private final DocumentCounter counter;
  private final InvoicePosting posting;
  private final BalanceMonitor balances;
  private final AuditTrail audit;
  private final SettlementSettings settings;
  private final Clock clock;
  private final InvoiceSettlement settlement;

  InvoiceIssuer(
      DSLContext db,
      Accounts accounts,
      JooqInvoiceRepository invoices,
      List<InvoiceUsageSource> sources,
      DidAccrualSource dids,
      DocumentCounter counter,
      InvoicePosting posting,
      BalanceMonitor balances,
      AuditTrail audit,
      SettlementSettings settings,
      Clock clock,
      InvoiceSettlement settlement) {
    this.settlement = settlement;
    this.db = db;
    this.accounts = accounts;
    this.invoices = invoices;
    List<InvoiceUsageSource> real =
        sources.stream().filter(s -> !(s instanceof LedgerInvoiceUsageSource)).toList();
    this.usage = real.isEmpty() ? sources.get(0) : real.get(0);
    this.dids = dids;
    this.counter = counter;
    this.posting = posting;
    this.balances = balances;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  /** The account's period as its cycle names it; refuses a key of another cycle. */
  BillingPeriod period(Accounts.Billed account, String periodKey) {
    try {
      return BillingPeriod.parse(account.terms().cycle(), periodKey);
    } catch (IllegalArgumentException e) {
      throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), "BadPeriod");
    }
  }

  Accounts.Billed account(TenantId tenant, UUID id, boolean lock) {
    AccountId account = new AccountId(id);
    return (lock ? accounts.billedForUpdate(tenant, account) : accounts.billed(tenant, account))
        .orElseThrow(
            () ->
                ApplicationFailure.newNonRetryableFailure(
                    "no account " + id + " in this tenant", "NoAccount"));
  }

  @Transactional
  public IssuedInvoice issue(IssueInvoiceRequest request) {
    TenantId tenant = new TenantId(request.tenantId());
    Accounts.Billed account = account(tenant, request.accountId(), true);
    AccountId accountId = account.account().id();
    BillingPeriod period = period(account, request.periodKey());
    var existing = invoices.byPeriod(accountId, period.key());
    if (existing.isPresent()) {
      return new IssuedInvoice(existing.get().id(), existing.get().number(), false);
    }
    CurrencyCode currency = account.account().currency();
    ZoneId zone = account.terms().zone();
    Instant closesAt = period.closesAt(zone, settings.closeDelay());
    InvoiceUsageSource.Usage used =
        usage.usage(
            new InvoiceUsageSource.Query(tenant, accountId, currency, period, zone, closesAt));
    posting.requireConsistent(tenant, accountId, currency, used);
    List<DidAccrualSource.Accrual> accruals = dids.accruals(tenant, accountId, currency, period);
    if (used.lines().isEmpty() && accruals.isEmpty()) {
      return new IssuedInvoice(null, null, false);
    }
    List<InvoiceLine> lines = lines(used, accruals);
    InvoiceTotals totals =
        InvoiceTotals.of(
            lines.stream().map(InvoiceLine::amount).toList(), account.terms().taxRate(), currency);
    long seq = counter.next(tenant, DocumentNumbers.Kind.INVOICE);
    UUID id = UUID.randomUUID();
    BillingMode mode = account.account().billingMode();
    Instant now = clock.instant();
    LocalDate issued = LocalDate.ofInstant(now, zone);
    var invoice =
        new JooqInvoiceRepository.NewInvoice(
            id,
            tenant,
            accountId,
            seq,
            DocumentNumbers.format(DocumentNumbers.Kind.INVOICE, seq),
            period,
            closesAt,
            mode,
            currency,
            totals.subtotal(),
            totals.taxRate(),
            totals.tax(),
            totals.total(),
            now,
            request.workflowId(),
            zone.getId(),
            issued,
            issued.plusDays(account.terms().dueDays()),
            mode == BillingMode.PREPAID || totals.total().signum() <= 0
                ? InvoiceStatus.PAID
                : InvoiceStatus.ISSUED);
    invoices.insert(invoice, lines, used.parts());
    // DID rental was posted to the ledger day by day (pay as you go): the invoice only lists it
    if (posting.post(invoice, BigDecimal.ZERO)) {
      balances.changed(tenant, accountId);
    }
    audit.record(
        Actor.system("invoicing", tenant),
        tenant,
        AuditAction.CREATE,
        "invoice",
        id.toString(),
        null,
        snapshot(invoice),
        request.workflowId());
    if (invoice.status() == InvoiceStatus.ISSUED) {
      settlement.allocate(tenant, accountId); // money received before the invoice settles it now
    }
    return new IssuedInvoice(id, invoice.number(), true);
  }

  private static List<InvoiceLine> lines(
      InvoiceUsageSource.Usage used, List<DidAccrualSource.Accrual> accruals) {
    List<InvoiceLine> lines = new ArrayList<>();
    for (InvoiceUsageSource.Line l : used.lines()) {
      lines.add(
          new InvoiceLine(
              lines.size() + 1,
              l.late() ? "LATE_USAGE" : "USAGE",
              l.description(),
              l.destination(),
              l.calls(),
              l.billableSeconds(),
              l.amount()));
    }
    for (DidAccrualSource.Accrual a : accruals) {
      lines.add(
          new InvoiceLine(
              lines.size() + 1, "DID_ACCRUAL", a.description(), null, null, null, a.amount()));
    }
    return lines;
  }

  private static Map<String, Object> snapshot(JooqInvoiceRepository.NewInvoice i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("number", i.number());
    m.put("account", i.account().toString());
    m.put("period", i.period().key());
    m.put("currency", i.currency().code());
    m.put("subtotal", i.subtotal().toPlainString());
    m.put("tax", i.tax().toPlainString());
    m.put("total", i.total().toPlainString());
    m.put("issueDate", i.issueDate().toString());
    m.put("dueDate", i.dueDate().toString());
    m.put("status", i.status().name());
    return m;
  }
}
