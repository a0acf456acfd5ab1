package com.didtron.activities.invoicing;

import static com.didtron.activities.db.Tables.ACCOUNT;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.ledger.LedgerAccess;
import java.math.BigDecimal;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each account's billing cycle and tax rate (columns of the account, kept apart from its form). */
@Service
public class BillingSettingsService {
  private final AccountService accounts;
  private final AuditTrail audit;
  private final DSLContext db;

  BillingSettingsService(AccountService accounts, AuditTrail audit, DSLContext db) {
    this.accounts = accounts;
    this.audit = audit;
    this.db = db;
  }

  @Transactional(readOnly = true)
  public AccountBilling of(Actor actor, AccountId id) {
    accounts.get(actor, id);
    return db.select(ACCOUNT.BILLING_CYCLE, ACCOUNT.TAX_RATE).from(ACCOUNT).where(ACCOUNT.ID.eq(id.value()))
        .fetchSingle(r -> new AccountBilling(id, BillingCycle.valueOf(r.value1()), r.value2()));
  }

  /** Changes cycle and tax rate (super admins and finance); the next invoice uses them. */
  @Transactional
  public AccountBilling update(Actor actor, AccountId id, BillingCycle cycle, BigDecimal taxRate) {
    LedgerAccess.requireFinanceAdmin(actor);
    if (taxRate == null || taxRate.signum() < 0 || taxRate.compareTo(BigDecimal.valueOf(100)) >= 0) {
      throw new IllegalArgumentException("The tax rate is a percentage from 0 to below 100");
    }
    Account account = accounts.get(actor, id);
    AccountBilling before = of(actor, id);
    db.update(ACCOUNT).set(ACCOUNT.BILLING_CYCLE, cycle.name()).set(ACCOUNT.TAX_RATE, taxRate)
        .where(ACCOUNT.ID.eq(id.value())).execute();
    AccountBilling after = new AccountBilling(id, cycle, taxRate);
    audit.record(actor, account.tenantId(), AuditAction.UPDATE, "account", id.toString(),
        Map.of("billingCycle", before.cycle().name(), "taxRate", before.taxRate().toPlainString()),
        Map.of("billingCycle", cycle.name(), "taxRate", taxRate.toPlainString()));
    return after;
  }
}
