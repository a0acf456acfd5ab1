package com.didtron.activities.account;

import com.didtron.activities.Facade;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.switchsync.SwitchChanges;
import com.didtron.activities.switchsync.SwitchChanges.Change;
import com.didtron.activities.switchsync.SwitchChanges.ObjectType;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountControlChanged;
import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer and carrier accounts: list, read, create, change, soft delete and restore. Staff see the
 * accounts of their tenant; a customer or carrier user sees only its own account. Every change is
 * audited in its own transaction.
 */
@Service
@Facade
public class AccountService {
  static final String ENTITY = "account";

  private final JooqAccountRepository accounts;
  private final AuditTrail audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final SwitchChanges switchChanges;

  AccountService(
      JooqAccountRepository accounts,
      AuditTrail audit,
      Clock clock,
      ApplicationEventPublisher events,
      SwitchChanges switchChanges) {
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
    this.switchChanges = switchChanges;
  }

  @Transactional(readOnly = true)
  public Page<Account> find(Actor actor, AccountFilter filter, PageRequest page) {
    if (actor.isStaff()) {
      return accounts.find(actor.tenantId(), filter, null, page);
    }
    AccountId own = actor.ownAccount().orElseThrow(() -> new AccessDenied("No account"));
    return accounts.find(
        actor.tenantId(), new AccountFilter(filter.text(), filter.kind(), false), own, page);
  }

  /** One account; refused alike whether it is missing or belongs to someone else. */
  @Transactional(readOnly = true)
  public Account get(Actor actor, AccountId id) {
    Account account = accounts.get(id).orElseThrow(() -> new AccessDenied("No such account"));
    AccessPolicy.requireCanView(actor, account.tenantId(), id);
    if (account.isDeleted() && !actor.isStaff()) {
      throw new AccessDenied("No such account");
    }
    return account;
  }

  @Transactional
  public AccountChange create(Actor actor, AccountDraft draft) {
    AccessPolicy.requireAdmin(actor);
    List<FieldError> errors = draft.validate();
    if (!errors.isEmpty()) {
      return new AccountChange.Rejected(errors);
    }
    AccountDraft d = draft.normalized();
    if (accounts.nameTaken(actor.tenantId(), d.name(), null)) {
      return nameTaken();
    }
    Account created = accounts.insert(actor.tenantId(), d, clock.instant());
    audit.record(
        actor,
        created.tenantId(),
        AuditAction.CREATE,
        ENTITY,
        created.id().toString(),
        null,
        AccountSnapshot.of(created));
    return new AccountChange.Saved(created);
  }

  /**
   * Changes an account. {@code expectedVersion} is the version the user edited: if someone saved in
   * between, the change is rejected instead of overwriting theirs.
   */
  @Transactional
  public AccountChange update(Actor actor, AccountId id, int expectedVersion, AccountDraft draft) {
    AccessPolicy.requireAdmin(actor);
    Account before = lockVisible(actor, id);
    List<FieldError> errors = draft.validate();
    if (!errors.isEmpty()) {
      return new AccountChange.Rejected(errors);
    }
    AccountDraft d = draft.normalized();
    if (before.version() != expectedVersion) {
      return new AccountChange.Rejected(
          List.of(
              new FieldError(
                  "version",
                  "Someone else changed this account meanwhile; reload it and apply your change again")));
    }
    if (!d.currency().equals(before.currency().code())) {
      return new AccountChange.Rejected(
          List.of(
              new FieldError(
                  "currency", "The currency of an account is fixed when it is created")));
    }
    if (accounts.nameTaken(actor.tenantId(), d.name(), id)) {
      return nameTaken();
    }
    Account after = accounts.update(id, d, clock.instant());
    audit.record(
        actor,
        after.tenantId(),
        AuditAction.UPDATE,
        ENTITY,
        id.toString(),
        AccountSnapshot.of(before),
        AccountSnapshot.of(after));
    recordForSwitch(before, after);
    events.publishEvent(new AccountControlChanged(after.tenantId(), id));
    return new AccountChange.Saved(after);
  }

  /** Soft delete: hidden from lists, restorable until the retention purge removes it. */
  @Transactional
  public Account delete(Actor actor, AccountId id) {
    AccessPolicy.requireAdmin(actor);
    Account before = lockVisible(actor, id);
    if (before.isDeleted()) {
      return before;
    }
    Account after = accounts.setDeleted(id, clock.instant(), actor.name(), clock.instant());
    audit.record(
        actor,
        after.tenantId(),
        AuditAction.DELETE,
        ENTITY,
        id.toString(),
        AccountSnapshot.of(before),
        AccountSnapshot.of(after));
    recordForSwitch(before, after);
    return after;
  }

  @Transactional
  public AccountChange restore(Actor actor, AccountId id) {
    AccessPolicy.requireAdmin(actor);
    Account before = lockVisible(actor, id);
    if (!before.isDeleted()) {
      return new AccountChange.Saved(before);
    }
    if (accounts.nameTaken(actor.tenantId(), before.name(), id)) {
      return new AccountChange.Rejected(
          List.of(
              new FieldError(
                  "name",
                  "A live account named "
                      + before.name()
                      + " exists; rename it before restoring this one")));
    }
    Account after = accounts.setDeleted(id, null, null, clock.instant());
    audit.record(
        actor,
        after.tenantId(),
        AuditAction.RESTORE,
        ENTITY,
        id.toString(),
        AccountSnapshot.of(before),
        AccountSnapshot.of(after));
    recordForSwitch(before, after);
    return new AccountChange.Saved(after);
  }

  /** What the switch must learn of an account change: whether it may call, and its credit. */
  private void recordForSwitch(Account before, Account after) {
    String id = after.id().toString();
    if (before.status() != after.status() || before.isDeleted() != after.isDeleted()) {
      switchChanges.record(
          after.tenantId(), after.id(), ObjectType.ACCOUNT_STATUS, id, Change.UPSERT);
    }
    if (before.billingMode() != after.billingMode()
        || !sameAmount(before.creditLimit(), after.creditLimit())) {
      switchChanges.record(after.tenantId(), after.id(), ObjectType.BALANCE, id, Change.UPSERT);
    }
  }

  private static boolean sameAmount(java.math.BigDecimal a, java.math.BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private Account lockVisible(Actor actor, AccountId id) {
    Account account =
        accounts.getForUpdate(id).orElseThrow(() -> new AccessDenied("No such account"));
    AccessPolicy.requireCanView(actor, account.tenantId(), id);
    return account;
  }

  private static AccountChange nameTaken() {
    return new AccountChange.Rejected(
        List.of(new FieldError("name", "An account with this name already exists")));
  }
}
