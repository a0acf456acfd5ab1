package com.didtron.activities.trunk;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.switchsync.SwitchChanges;
import com.didtron.activities.switchsync.SwitchChanges.Change;
import com.didtron.activities.switchsync.SwitchChanges.ObjectType;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.trunk.AccountLimits;
import com.didtron.domain.trunk.LimitsDraft;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's limits and its suspension: what the switch enforces for the account as a whole. The
 * account status lives in the account feature; suspending changes it through {@link AccountService}
 * and records the reason here (audit entity {@code account_suspension}).
 */
@Component
class AccountControls {
  static final String LIMITS = "account_limits";
  static final String SUSPENSION = "account_suspension";
  static final int MAX_REASON = 500;

  private final JooqAccountLimitsRepository limits;
  private final AccountAccess access;
  private final AccountService accounts;
  private final AuditTrail audit;
  private final SwitchChanges switchChanges;
  private final Clock clock;

  AccountControls(
      JooqAccountLimitsRepository limits,
      AccountAccess access,
      AccountService accounts,
      AuditTrail audit,
      SwitchChanges switchChanges,
      Clock clock) {
    this.limits = limits;
    this.access = access;
    this.accounts = accounts;
    this.audit = audit;
    this.switchChanges = switchChanges;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  AccountLimits limits(Actor actor, AccountId account) {
    access.visible(actor, account);
    return limits.get(account).orElse(AccountLimits.none(account));
  }

  @Transactional
  LimitsChange setLimits(Actor actor, AccountId accountId, LimitsDraft draft) {
    Account account = access.visible(actor, accountId);
    AccessPolicy.requireAdmin(actor);
    List<FieldError> errors = draft.validate();
    if (!errors.isEmpty()) {
      return new LimitsChange.Rejected(errors);
    }
    AccountLimits before = limits.get(accountId).orElse(AccountLimits.none(accountId));
    AccountLimits after =
        limits.put(account.tenantId(), accountId, draft.normalized(), clock.instant());
    audit.record(
        actor,
        account.tenantId(),
        before.updatedAt() == null ? AuditAction.CREATE : AuditAction.UPDATE,
        LIMITS,
        accountId.toString(),
        before.updatedAt() == null ? null : TrunkSnapshot.of(before),
        TrunkSnapshot.of(after));
    switchChanges.record(
        account.tenantId(), accountId, ObjectType.LIMITS, accountId.toString(), Change.UPSERT);
    return new LimitsChange.Saved(after);
  }

  @Transactional
  AccountChange suspend(Actor actor, AccountId account, String reason) {
    return setStatus(actor, account, reason, AccountStatus.SUSPENDED);
  }

  @Transactional
  AccountChange resume(Actor actor, AccountId account, String reason) {
    return setStatus(actor, account, reason, AccountStatus.ACTIVE);
  }

  private AccountChange setStatus(Actor actor, AccountId id, String reason, AccountStatus target) {
    Account account = access.visible(actor, id);
    AccessPolicy.requireAdmin(actor);
    if (reason == null || reason.isBlank()) {
      return rejected("reason", "Give the reason; it is kept in the audit log");
    }
    if (reason.strip().length() > MAX_REASON) {
      return rejected("reason", "The reason is longer than " + MAX_REASON + " characters");
    }
    if (account.isDeleted()) {
      return rejected("account", "The account is deleted; restore it first");
    }
    if (account.status() == AccountStatus.CLOSED) {
      return rejected("status", "A closed account cannot be suspended or resumed");
    }
    if (account.status() == target) {
      return new AccountChange.Saved(account);
    }
    AccountDraft d = account.toDraft();
    AccountChange change =
        accounts.update(
            actor,
            id,
            account.version(),
            new AccountDraft(
                d.name(),
                d.kind(),
                d.currency(),
                d.billingMode(),
                d.creditLimit(),
                target,
                d.email()));
    if (change instanceof AccountChange.Saved saved) {
      audit.record(
          actor,
          account.tenantId(),
          AuditAction.UPDATE,
          SUSPENSION,
          id.toString(),
          state(account.status(), null),
          state(target, reason.strip()));
      // the account feature records the status change for the switch (AccountService.update)
      return saved;
    }
    return change;
  }

  private static Map<String, Object> state(AccountStatus status, String reason) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", status.name());
    m.put("reason", reason);
    return m;
  }

  private static AccountChange rejected(String field, String message) {
    return new AccountChange.Rejected(List.of(new FieldError(field, message)));
  }
}
