package com.didtron.activities.testing;

import static com.didtron.activities.db.Tables.LEDGER_ADJUSTMENT;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.balance.BalanceMonitor;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.ledger.Posted;
import com.didtron.activities.user.UserLogins;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.ledger.JournalEntryDraft;
import com.didtron.domain.ledger.LedgerAccount;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.ledger.Posting;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Ledger test data: accounts of the admin's chart and simple, well-sourced entries. */
@Component
public class LedgerFixtures {
  private final Ledger ledger;
  private final UserLogins logins;
  private final DSLContext db;
  private final AccountService accounts;
  private final BalanceMonitor monitor;
  private final TransactionTemplate tx;

  LedgerFixtures(
      Ledger ledger,
      UserLogins logins,
      DSLContext db,
      AccountService accounts,
      BalanceMonitor monitor,
      TransactionTemplate tx) {
    this.tx = tx;
    this.ledger = ledger;
    this.logins = logins;
    this.db = db;
    this.accounts = accounts;
    this.monitor = monitor;
  }

  /** A new account of the admin's tenant. */
  public Account account(
      AccountKind kind, BillingMode mode, String currency, String creditLimit, String email) {
    AccountChange change =
        accounts.create(
            admin(),
            new AccountDraft(
                Fixtures.unique(kind.name()),
                kind,
                currency,
                mode,
                new BigDecimal(creditLimit),
                AccountStatus.ACTIVE,
                email));
    return ((AccountChange.Saved) change).account();
  }

  private Actor admin() {
    return logins.principal(TestAdmin.EMAIL).orElseThrow().actor();
  }

  @Transactional
  public LedgerAccount account(LedgerPurpose purpose) {
    return ledger.chart().postable(admin().tenantId(), purpose);
  }

  @Transactional
  public LedgerAccount customerAccount(Account customer) {
    return ledger.chart().party(customer.tenantId(), LedgerPurpose.CUSTOMER_BALANCE, customer.id());
  }

  public Posted topUp(Account customer, String amount) {
    return topUp(customer, amount, "fixture-" + UUID.randomUUID());
  }

  /** Money received for {@code customer}, sourced by a stored adjustment: clearing to customer. */
  @Transactional
  public Posted topUp(Account customer, String amount, String key) {
    return tx.execute(
        status ->
            postTopUp(
                customer,
                amount,
                key,
                adjustment(customer, Money.of(amount, customer.currency().code()))));
  }

  /** As {@link #topUp(Account, String, String)} with a given source document. */
  @Transactional
  public Posted topUp(Account customer, String amount, String key, UUID source) {
    return tx.execute(status -> postTopUp(customer, amount, key, source));
  }

  private Posted postTopUp(Account customer, String amount, String key, UUID source) {
    Money m = new Money(new BigDecimal(amount), customer.currency());
    LedgerAccount clearing = account(LedgerPurpose.PAYMENT_CLEARING);
    JournalEntryDraft draft =
        new JournalEntryDraft(
            customer.tenantId(),
            LocalDate.now(),
            "Test top-up",
            SourceRef.of(SourceType.ADJUSTMENT, source),
            null,
            key,
            List.of(
                Posting.debit(clearing.id(), m, null),
                Posting.credit(customerAccount(customer).id(), m, null)));
    Posted posted = ledger.post(draft, admin());
    monitor.changed(customer.tenantId(), customer.id());
    return posted;
  }

  /** A stored adjustment document (the source of a test entry). */
  @Transactional
  public UUID adjustment(Account customer, Money m) {
    UUID id = UUID.randomUUID();
    db.insertInto(LEDGER_ADJUSTMENT)
        .set(LEDGER_ADJUSTMENT.ID, id)
        .set(LEDGER_ADJUSTMENT.TENANT_ID, customer.tenantId().value())
        .set(LEDGER_ADJUSTMENT.ACCOUNT_ID, customer.id().value())
        .set(LEDGER_ADJUSTMENT.DIRECTION, "CREDIT")
        .set(LEDGER_ADJUSTMENT.AMOUNT, m.amount())
        .set(LEDGER_ADJUSTMENT.CURRENCY, m.currency().code())
        .set(LEDGER_ADJUSTMENT.REASON, "test fixture")
        .set(LEDGER_ADJUSTMENT.CREATED_BY, TestAdmin.EMAIL)
        .set(LEDGER_ADJUSTMENT.CREATED_AT, Instant.now())
        .execute();
    return id;
  }
}
