package com.didtron.activities.trunk;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.switchsync.SwitchChanges;
import com.didtron.activities.switchsync.SwitchChanges.Change;
import com.didtron.activities.switchsync.SwitchChanges.ObjectType;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.trunk.AccountLimits;
import com.didtron.domain.trunk.CallBlock;
import com.didtron.domain.trunk.DigestHa1;
import com.didtron.domain.trunk.LimitsDraft;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.trunk.TrunkDirection;
import com.didtron.domain.trunk.TrunkDraft;
import com.didtron.domain.trunk.TrunkId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Trunks}: trunk changes here; limits and suspension in {@link AccountControls}. */
@Service
class TrunkService implements Trunks {
  static final String ENTITY = "trunk";

  private final JooqTrunkRepository trunks;
  private final AccountAccess accounts;
  private final AccountControls controls;
  private final CallBlocks blocks;
  private final AuditTrail audit;
  private final SwitchChanges switchChanges;
  private final Clock clock;
  private final String realm;

  TrunkService(
      JooqTrunkRepository trunks,
      AccountAccess accounts,
      AccountControls controls,
      CallBlocks blocks,
      AuditTrail audit,
      SwitchChanges switchChanges,
      Clock clock,
      @Value("${didtron.switch.digest-realm:didtron}") String realm) {
    this.trunks = trunks;
    this.accounts = accounts;
    this.controls = controls;
    this.blocks = blocks;
    this.audit = audit;
    this.switchChanges = switchChanges;
    this.clock = clock;
    this.realm = realm;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Trunk> list(Actor actor, AccountId account, boolean deleted) {
    accounts.visible(actor, account);
    return trunks.find(account, deleted && actor.isStaff(), AccountAccess.readableSides(actor));
  }

  @Override
  @Transactional(readOnly = true)
  public Trunk get(Actor actor, AccountId account, TrunkId trunk) {
    accounts.visible(actor, account);
    return readable(actor, trunks.get(account, trunk, false));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> digestSecret(Actor actor, AccountId account, TrunkId trunk) {
    if (actor.userId() != null || !actor.name().startsWith("system:")) {
      throw new AccessDenied("Only the platform reads a trunk's digest secret");
    }
    return trunks.digestSecret(account, trunk);
  }

  @Override
  @Transactional
  public TrunkChange create(Actor actor, AccountId accountId, TrunkDraft draft) {
    Account account = accounts.visible(actor, accountId);
    AccessPolicy.requireAdmin(actor);
    List<FieldError> errors = new ArrayList<>(draft.validate(account.kind(), false));
    if (account.isDeleted()) {
      errors.add(new FieldError("account", "The account is deleted; restore it first"));
    }
    if (!errors.isEmpty()) {
      return new TrunkChange.Rejected(errors);
    }
    TrunkDraft d = draft.normalized();
    List<FieldError> conflicts = conflicts(accountId, d, null);
    if (!conflicts.isEmpty()) {
      return new TrunkChange.Rejected(conflicts);
    }
    Trunk created = trunks.insert(account.tenantId(), accountId, d, ha1(d), clock.instant());
    audit.record(
        actor,
        created.tenantId(),
        AuditAction.CREATE,
        ENTITY,
        created.id().toString(),
        null,
        TrunkSnapshot.of(created, d.username() != null));
    switchChanges.record(
        created.tenantId(), accountId, ObjectType.TRUNK, created.id().toString(), Change.UPSERT);
    return new TrunkChange.Saved(created);
  }

  @Override
  @Transactional
  public TrunkChange update(
      Actor actor, AccountId accountId, TrunkId id, Integer expectedVersion, TrunkDraft draft) {
    Account account = accounts.visible(actor, accountId);
    AccessPolicy.requireAdmin(actor);
    Trunk before =
        trunks
            .get(accountId, id, true)
            .orElseThrow(() -> new NoSuchElementException("No such trunk"));
    boolean keepsSecret =
        trunks.hasSecret(id) && Objects.equals(before.username(), strip(draft.username()));
    List<FieldError> errors = new ArrayList<>(draft.validate(account.kind(), keepsSecret));
    if (errors.isEmpty() && draft.direction() != before.direction()) {
      errors.add(
          new FieldError("direction", "The direction of a trunk is fixed when it is created"));
    }
    if (expectedVersion != null && before.version() != expectedVersion) {
      errors.add(
          new FieldError(
              "version",
              "Someone else changed this trunk meanwhile; reload it and apply your change again"));
    }
    if (!errors.isEmpty()) {
      return new TrunkChange.Rejected(errors);
    }
    TrunkDraft d = draft.normalized();
    List<FieldError> conflicts = before.isDeleted() ? List.of() : conflicts(accountId, d, id);
    if (!conflicts.isEmpty()) {
      return new TrunkChange.Rejected(conflicts);
    }
    boolean hadSecret = trunks.hasSecret(id);
    Trunk after = trunks.update(id, d, ha1(d), clock.instant());
    Map<String, Object> afterState = TrunkSnapshot.of(after, d.username() != null);
    if (d.password() != null) {
      afterState.put("digestSecret", "changed");
    }
    audit.record(
        actor,
        after.tenantId(),
        AuditAction.UPDATE,
        ENTITY,
        id.toString(),
        TrunkSnapshot.of(before, hadSecret),
        afterState);
    if (!after.isDeleted()) {
      switchChanges.record(
          after.tenantId(), accountId, ObjectType.TRUNK, id.toString(), Change.UPSERT);
    }
    return new TrunkChange.Saved(after);
  }

  @Override
  @Transactional
  public Trunk delete(Actor actor, AccountId accountId, TrunkId id) {
    accounts.visible(actor, accountId);
    AccessPolicy.requireAdmin(actor);
    Trunk before =
        trunks
            .get(accountId, id, true)
            .orElseThrow(() -> new NoSuchElementException("No such trunk"));
    if (before.isDeleted()) {
      return before;
    }
    boolean secret = trunks.hasSecret(id);
    Trunk after = trunks.setDeleted(id, clock.instant(), actor.name(), clock.instant());
    audit.record(
        actor,
        after.tenantId(),
        AuditAction.DELETE,
        ENTITY,
        id.toString(),
        TrunkSnapshot.of(before, secret),
        TrunkSnapshot.of(after, secret));
    switchChanges.record(
        after.tenantId(), accountId, ObjectType.TRUNK, id.toString(), Change.DELETE);
    return after;
  }

  @Override
  @Transactional
  public TrunkChange restore(Actor actor, AccountId accountId, TrunkId id) {
    accounts.visible(actor, accountId);
    AccessPolicy.requireAdmin(actor);
    Trunk before =
        trunks
            .get(accountId, id, true)
            .orElseThrow(() -> new NoSuchElementException("No such trunk"));
    if (!before.isDeleted()) {
      return new TrunkChange.Saved(before);
    }
    List<FieldError> conflicts = conflicts(accountId, before.toDraft(), id);
    if (!conflicts.isEmpty()) {
      return new TrunkChange.Rejected(conflicts);
    }
    boolean secret = trunks.hasSecret(id);
    Trunk after = trunks.setDeleted(id, null, null, clock.instant());
    audit.record(
        actor,
        after.tenantId(),
        AuditAction.RESTORE,
        ENTITY,
        id.toString(),
        TrunkSnapshot.of(before, secret),
        TrunkSnapshot.of(after, secret));
    switchChanges.record(
        after.tenantId(), accountId, ObjectType.TRUNK, id.toString(), Change.UPSERT);
    return new TrunkChange.Saved(after);
  }

  @Override
  public AccountLimits limits(Actor actor, AccountId account) {
    return controls.limits(actor, account);
  }

  @Override
  public LimitsChange setLimits(Actor actor, AccountId account, LimitsDraft draft) {
    return controls.setLimits(actor, account, draft);
  }

  @Override
  public AccountChange suspend(Actor actor, AccountId account, String reason) {
    return controls.suspend(actor, account, reason);
  }

  @Override
  public AccountChange resume(Actor actor, AccountId account, String reason) {
    return controls.resume(actor, account, reason);
  }

  @Override
  public CallBlock blockCalls(Actor actor, AccountId account, String reason) {
    return blocks.block(actor, account, reason);
  }

  @Override
  public boolean unblockCalls(Actor actor, AccountId account, String reason) {
    return blocks.unblock(actor, account, reason);
  }

  @Override
  public Optional<CallBlock> callBlock(Actor actor, AccountId account) {
    return blocks.current(actor, account);
  }

  /**
   * What a live trunk may not share: its name within the account, its digest username anywhere, and
   * its source block with another account's live ingress trunk (within one account blocks may
   * overlap). The message never names the other account.
   */
  private List<FieldError> conflicts(AccountId account, TrunkDraft d, TrunkId self) {
    List<FieldError> errors = new ArrayList<>();
    if (trunks.nameTaken(account, d.name(), self)) {
      errors.add(new FieldError("name", "This account already has a trunk with this name"));
    }
    if (d.username() != null && trunks.usernameTaken(d.username(), self)) {
      errors.add(
          new FieldError("username", "This digest username is already in use; choose another"));
    }
    if (d.direction() == TrunkDirection.INGRESS && d.address() != null) {
      trunks.lockSources();
      if (trunks.overlapsOtherAccount(account, d.address())) {
        errors.add(
            new FieldError("address", "This address overlaps a source address of another account"));
      }
    }
    return errors;
  }

  private Trunk readable(Actor actor, Optional<Trunk> trunk) {
    return trunk
        .filter(t -> AccountAccess.readableSides(actor).contains(t.direction()))
        .filter(t -> !t.isDeleted() || actor.isStaff())
        .orElseThrow(() -> new NoSuchElementException("No such trunk"));
  }

  private String ha1(TrunkDraft d) {
    return d.username() == null || d.password() == null
        ? null
        : DigestHa1.of(d.username(), realm, d.password());
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
