package com.didtron.activities.did;

import static com.didtron.activities.db.Tables.DID_INVENTORY;

import com.didtron.activities.Facade;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.balance.BalanceMonitor;
import com.didtron.activities.db.tables.records.DidInventoryRecord;
import com.didtron.activities.notification.Outbox;
import com.didtron.activities.switchsync.SwitchChanges;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.balance.CustomerBalance;
import com.didtron.domain.did.DidState;
import com.didtron.domain.money.AmountFormat;
import com.didtron.domain.notification.EmailDraft;
import com.didtron.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Suspension of numbers for an unpaid prepaid balance (issue 12 point 7): the numbers of a prepaid
 * account whose balance is below zero are suspended (the switch refuses their calls with 403, the
 * rental stops, the customer gets an email); once the balance is back at or above zero they are
 * resumed. A number suspended longer than {@code didtron.did.suspension-grace-days} is released.
 * Each account is handled in its own transaction; each number's change is audited and queued for
 * the switches in it.
 */
@Facade
@Service
public class DidSuspensions {
  private final DSLContext db;
  private final BalanceMonitor balances;
  private final AccountService accounts;
  private final SwitchChanges switches;
  private final AuditTrail audit;
  private final Outbox outbox;
  private final DidLifecycle lifecycle;
  private final Clock clock;
  private final Duration grace;
  private final TransactionTemplate tx;

  DidSuspensions(
      DSLContext db,
      BalanceMonitor balances,
      AccountService accounts,
      SwitchChanges switches,
      AuditTrail audit,
      Outbox outbox,
      DidLifecycle lifecycle,
      Clock clock,
      @Value("${didtron.did.suspension-grace-days:7}") long graceDays,
      PlatformTransactionManager transactions) {
    this.db = db;
    this.balances = balances;
    this.accounts = accounts;
    this.switches = switches;
    this.audit = audit;
    this.outbox = outbox;
    this.lifecycle = lifecycle;
    this.clock = clock;
    this.grace = Duration.ofDays(graceDays);
    this.tx = new TransactionTemplate(transactions);
  }

  private static boolean unpaid(CustomerBalance b) {
    return b.billingMode() == BillingMode.PREPAID && b.available().amount().signum() < 0;
  }

  private List<Record2<UUID, UUID>> accountsWith(boolean suspended) {
    return db.selectDistinct(DID_INVENTORY.TENANT_ID, DID_INVENTORY.ACCOUNT_ID)
        .from(DID_INVENTORY)
        .where(DID_INVENTORY.STATUS.eq(DidState.ACTIVE))
        .and(DID_INVENTORY.DELETED_AT.isNull())
        .and(DID_INVENTORY.ACCOUNT_ID.isNotNull())
        .and(
            suspended
                ? DID_INVENTORY.SUSPENDED_AT.isNotNull()
                : DID_INVENTORY.SUSPENDED_AT.isNull())
        .fetch();
  }

  /** Suspends the numbers of every prepaid account below zero; how many numbers. */
  public int suspendUnpaid() {
    int n = 0;
    for (var a : accountsWith(false)) {
      Integer done = tx.execute(s -> suspend(new TenantId(a.value1()), new AccountId(a.value2())));
      n += done == null ? 0 : done;
    }
    return n;
  }

  /** Resumes the suspended numbers of every account no longer below zero; how many numbers. */
  public int resumePaid() {
    int n = 0;
    for (var a : accountsWith(true)) {
      Integer done = tx.execute(s -> resume(new TenantId(a.value1()), new AccountId(a.value2())));
      n += done == null ? 0 : done;
    }
    return n;
  }

  /** Starts the release of every number suspended longer than the grace; how many. */
  public int releaseOverdue() {
    Instant before = clock.instant().minus(grace);
    var overdue =
        db.select(DID_INVENTORY.TENANT_ID, DID_INVENTORY.ID)
            .from(DID_INVENTORY)
            .where(DID_INVENTORY.STATUS.eq(DidState.ACTIVE))
            .and(DID_INVENTORY.DELETED_AT.isNull())
            .and(DID_INVENTORY.SUSPENDED_AT.lt(before))
            .fetch();
    for (var d : overdue) {
      lifecycle.startRelease(new TenantId(d.value1()), d.value2(), "suspension");
    }
    return overdue.size();
  }

  private int suspend(TenantId tenant, AccountId account) {
    CustomerBalance balance = balances.current(tenant, account);
    if (!unpaid(balance)) {
      return 0;
    }
    Instant now = clock.instant();
    var numbers =
        db.update(DID_INVENTORY)
            .set(DID_INVENTORY.SUSPENDED_AT, now)
            .set(DID_INVENTORY.UPDATED_AT, now)
            .set(DID_INVENTORY.VERSION, DID_INVENTORY.VERSION.plus(1))
            .where(DID_INVENTORY.TENANT_ID.eq(tenant.value()))
            .and(DID_INVENTORY.ACCOUNT_ID.eq(account.value()))
            .and(DID_INVENTORY.STATUS.eq(DidState.ACTIVE))
            .and(DID_INVENTORY.DELETED_AT.isNull())
            .and(DID_INVENTORY.SUSPENDED_AT.isNull())
            .returning(DID_INVENTORY.ID, DID_INVENTORY.NUMBER)
            .fetch();
    String amount =
        balance.funds().amount().toPlainString() + " " + balance.funds().currency().code();
    String shown = AmountFormat.of(balance.funds());
    pushAndAudit(
        tenant,
        account,
        numbers,
        Map.of("suspended", false),
        Map.of("suspended", true, "balance", amount));
    if (!numbers.isEmpty()) {
      List<String> list = numbers.stream().map(d -> "+" + d.getNumber()).toList();
      mail(
          tenant,
          account,
          "did-suspended:" + account.value() + ":" + now.toEpochMilli(),
          "DID_SUSPENDED",
          "Your numbers are suspended",
          "Your balance is "
              + shown
              + ", so calls to "
              + String.join(", ", list)
              + " are refused. Top up in the customer portal to resume them; numbers suspended"
              + " for more than "
              + grace.toDays()
              + " days are released.");
    }
    return numbers.size();
  }

  private int resume(TenantId tenant, AccountId account) {
    if (unpaid(balances.current(tenant, account))) {
      return 0;
    }
    Instant now = clock.instant();
    var numbers =
        db.update(DID_INVENTORY)
            .setNull(DID_INVENTORY.SUSPENDED_AT)
            .set(DID_INVENTORY.UPDATED_AT, now)
            .set(DID_INVENTORY.VERSION, DID_INVENTORY.VERSION.plus(1))
            .where(DID_INVENTORY.TENANT_ID.eq(tenant.value()))
            .and(DID_INVENTORY.ACCOUNT_ID.eq(account.value()))
            .and(DID_INVENTORY.STATUS.eq(DidState.ACTIVE))
            .and(DID_INVENTORY.SUSPENDED_AT.isNotNull())
            .returning(DID_INVENTORY.ID, DID_INVENTORY.NUMBER)
            .fetch();
    pushAndAudit(tenant, account, numbers, Map.of("suspended", true), Map.of("suspended", false));
    if (!numbers.isEmpty()) {
      mail(
          tenant,
          account,
          "did-resumed:" + account.value() + ":" + now.toEpochMilli(),
          "DID_RESUMED",
          "Your numbers are back in service",
          "Your balance is covered again: calls to "
              + String.join(", ", numbers.stream().map(d -> "+" + d.getNumber()).toList())
              + " are connected again.");
    }
    return numbers.size();
  }

  /** Each changed number: a DID switch change and its audit entry, in the caller's transaction. */
  private void pushAndAudit(
      TenantId tenant,
      AccountId account,
      List<DidInventoryRecord> numbers,
      Map<String, Object> before,
      Map<String, Object> after) {
    Actor system = Actor.system("did-suspension", tenant);
    for (var d : numbers) {
      switches.record(
          tenant,
          account,
          SwitchChanges.ObjectType.DID,
          d.getId().toString(),
          SwitchChanges.Change.UPSERT);
      audit.record(
          system,
          tenant,
          AuditAction.UPDATE,
          DidLifecycle.ENTITY,
          d.getId().toString(),
          before,
          after,
          null);
    }
  }

  private void mail(
      TenantId tenant, AccountId id, String key, String kind, String subject, String text) {
    Account account = accounts.get(Actor.system("did-suspension", tenant), id);
    String to = account.email();
    if (to == null || !to.strip().matches("[^@\\s]+@[^@\\s]+")) {
      return; // nobody to tell: the portal shows the suspension
    }
    outbox.enqueue(
        new EmailDraft(
            key,
            kind,
            tenant,
            to,
            account.name(),
            subject,
            "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>",
            text));
  }
}
