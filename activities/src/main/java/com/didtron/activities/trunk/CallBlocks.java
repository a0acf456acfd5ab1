package com.didtron.activities.trunk;

import static com.didtron.activities.db.Tables.CALL_BLOCK;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.switchsync.SwitchChanges;
import com.didtron.activities.switchsync.SwitchChanges.Change;
import com.didtron.activities.switchsync.SwitchChanges.ObjectType;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.trunk.CallBlock;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blocking an account's new calls without suspending it (table {@code call_block}, audit entity
 * {@code call_block}). Each change is recorded for the switch as an account status change, so the
 * sync pushes the block (Kamailio: htable {@code blocked::<no>}) with its reason.
 */
@Component
class CallBlocks {
  static final String ENTITY = "call_block";

  private final DSLContext db;
  private final AccountAccess access;
  private final AuditTrail audit;
  private final SwitchChanges switchChanges;
  private final Clock clock;

  CallBlocks(
      DSLContext db,
      AccountAccess access,
      AuditTrail audit,
      SwitchChanges switchChanges,
      Clock clock) {
    this.db = db;
    this.access = access;
    this.audit = audit;
    this.switchChanges = switchChanges;
    this.clock = clock;
  }

  @Transactional
  CallBlock block(Actor actor, AccountId id, String reason) {
    Account account = access.visible(actor, id);
    AccessPolicy.requireAdmin(actor);
    String why = checked(reason);
    Optional<CallBlock> existing = find(id);
    if (existing.isPresent()) {
      return existing.get();
    }
    CallBlock block = new CallBlock(id, why, actor.name(), clock.instant());
    db.insertInto(CALL_BLOCK)
        .set(CALL_BLOCK.ACCOUNT_ID, id.value())
        .set(CALL_BLOCK.TENANT_ID, account.tenantId().value())
        .set(CALL_BLOCK.REASON, why)
        .set(CALL_BLOCK.BLOCKED_BY, block.blockedBy())
        .set(CALL_BLOCK.BLOCKED_AT, block.blockedAt())
        .execute();
    audit.record(
        actor, account.tenantId(), AuditAction.CREATE, ENTITY, id.toString(), null, state(why));
    switchChanges.record(
        account.tenantId(), id, ObjectType.ACCOUNT_STATUS, id.toString(), Change.UPSERT);
    return find(id).orElseThrow(); // as stored (the database keeps microseconds)
  }

  @Transactional
  boolean unblock(Actor actor, AccountId id, String reason) {
    Account account = access.visible(actor, id);
    AccessPolicy.requireAdmin(actor);
    String why = checked(reason);
    Optional<CallBlock> existing = find(id);
    if (existing.isEmpty()) {
      return false;
    }
    db.deleteFrom(CALL_BLOCK).where(CALL_BLOCK.ACCOUNT_ID.eq(id.value())).execute();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("unblockReason", why);
    audit.record(
        actor,
        account.tenantId(),
        AuditAction.DELETE,
        ENTITY,
        id.toString(),
        state(existing.get().reason()),
        after);
    switchChanges.record(
        account.tenantId(), id, ObjectType.ACCOUNT_STATUS, id.toString(), Change.UPSERT);
    return true;
  }

  @Transactional(readOnly = true)
  Optional<CallBlock> current(Actor actor, AccountId id) {
    access.visible(actor, id);
    return find(id);
  }

  private Optional<CallBlock> find(AccountId id) {
    return db.selectFrom(CALL_BLOCK)
        .where(CALL_BLOCK.ACCOUNT_ID.eq(id.value()))
        .fetchOptional()
        .map(CallBlocks::toBlock);
  }

  private static CallBlock toBlock(Record r) {
    return new CallBlock(
        new AccountId(r.get(CALL_BLOCK.ACCOUNT_ID)),
        r.get(CALL_BLOCK.REASON),
        r.get(CALL_BLOCK.BLOCKED_BY),
        r.get(CALL_BLOCK.BLOCKED_AT));
  }

  private static String checked(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Give the reason; it is kept in the audit log");
    }
    String why = reason.strip();
    if (why.length() > AccountControls.MAX_REASON) {
      throw new IllegalArgumentException(
          "The reason is longer than " + AccountControls.MAX_REASON + " characters");
    }
    return why;
  }

  private static Map<String, Object> state(String reason) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("blocked", true);
    m.put("reason", reason);
    return m;
  }
}
