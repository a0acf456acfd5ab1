package com.didtron.activities.invoicing;

import static com.didtron.activities.db.Tables.ACCOUNT;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.BillingTerms;
import com.didtron.domain.ledger.LedgerAccess;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each account's billing terms: cycle, billing time zone, tax rate and payment due days (columns of
 * the account, kept apart from its form). Anyone who may see the account reads them; super admins
 * and finance change them, audited; the next invoice and the next rated CDRs use them.
 */
@Service
public class BillingSettingsService {
  private final AccountService accounts;
  private final AuditTrail audit;
  private final DSLContext db;
  private final JooqInvoiceStatusRepository status;

  BillingSettingsService(AccountService accounts, AuditTrail audit, DSLContext db,
      JooqInvoiceStatusRepository status) {
    this.status = status;
    this.accounts = accounts;
    this.audit = audit;
    this.db = db;
  }

  @Transactional(readOnly = true)
  public BillingTerms of(Actor actor, AccountId id) {
    accounts.get(actor, id);
    return read(id);
  }

  /** The invoices for which the account's new calls are blocked (overdue), oldest first. */
  @Transactional(readOnly = true)
  public java.util.List<String> blockedFor(Actor actor, AccountId id) {
    accounts.get(actor, id);
    return status.blockedFor(id);
  }

  /** Changes cycle and tax rate, keeping the other terms (super admins and finance). */
  @Transactional
  public BillingTerms update(Actor actor, AccountId id, BillingCycle cycle, BigDecimal taxRate) {
    LedgerAccess.requireFinanceAdmin(actor);
    BillingTerms now = of(actor, id);
    return update(actor, id, new BillingTerms(cycle, now.zone(), taxRate, now.dueDays()));
  }

  /** Sets every term (super admins and finance); audited with before and after. */
  @Transactional
  public BillingTerms update(Actor actor, AccountId id, BillingTerms terms) {
    LedgerAccess.requireFinanceAdmin(actor);
    Account account = accounts.get(actor, id);
    BillingTerms before = read(id);
    db.update(ACCOUNT).set(ACCOUNT.BILLING_CYCLE, terms.cycle().name())
        .set(ACCOUNT.BILLING_TIME_ZONE, terms.zone().getId()).set(ACCOUNT.TAX_RATE, terms.taxRate())
        .set(ACCOUNT.PAYMENT_DUE_DAYS, terms.dueDays())
        .where(ACCOUNT.ID.eq(id.value())).execute();
    audit.record(actor, account.tenantId(), AuditAction.UPDATE, "account", id.toString(),
        snapshot(before), snapshot(terms));
    return terms;
  }

  BillingTerms read(AccountId id) {
    return db.select(ACCOUNT.BILLING_CYCLE, ACCOUNT.BILLING_TIME_ZONE, ACCOUNT.TAX_RATE, ACCOUNT.PAYMENT_DUE_DAYS)
        .from(ACCOUNT).where(ACCOUNT.ID.eq(id.value()))
        .fetchSingle(r -> new BillingTerms(BillingCycle.valueOf(r.value1()), BillingTerms.zone(r.value2()),
            r.value3(), r.value4()));
  }

  private static Map<String, Object> snapshot(BillingTerms t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("billingCycle", t.cycle().name());
    m.put("billingTimeZone", t.zone().getId());
    m.put("taxRate", t.taxRate().toPlainString());
    m.put("paymentTerms", t.paymentTerms());
    return m;
  }
}
