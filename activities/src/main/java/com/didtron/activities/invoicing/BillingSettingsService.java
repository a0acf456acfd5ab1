package com.didtron.activities.invoicing;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.account.Accounts;
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
import java.util.List;
import java.util.Map;
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
  private final Accounts billing;
  private final JooqInvoiceStatusRepository status;

  BillingSettingsService(
      AccountService accounts,
      AuditTrail audit,
      Accounts billing,
      JooqInvoiceStatusRepository status) {
    this.status = status;
    this.accounts = accounts;
    this.audit = audit;
    this.billing = billing;
  }

  @Transactional(readOnly = true)
  public BillingTerms of(Actor actor, AccountId id) {
    return read(accounts.get(actor, id));
  }

  /** The invoices for which the account's new calls are blocked (overdue), oldest first. */
  @Transactional(readOnly = true)
  public List<String> blockedFor(Actor actor, AccountId id) {
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
    BillingTerms before = read(account);
    billing.setBillingTerms(id, terms);
    audit.record(
        actor,
        account.tenantId(),
        AuditAction.UPDATE,
        "account",
        id.toString(),
        snapshot(before),
        snapshot(terms));
    return terms;
  }

  private BillingTerms read(Account account) {
    return billing.billed(account.tenantId(), account.id()).orElseThrow().terms();
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
