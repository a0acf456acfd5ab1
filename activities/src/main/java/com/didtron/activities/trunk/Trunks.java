package com.didtron.activities.trunk;

import com.didtron.activities.Facade;
import com.didtron.activities.account.AccountChange;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.trunk.AccountLimits;
import com.didtron.domain.trunk.CallBlock;
import com.didtron.domain.trunk.LimitsDraft;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.trunk.TrunkDraft;
import com.didtron.domain.trunk.TrunkId;
import java.util.List;
import java.util.Optional;

/**
 * The trunks (interconnects) of accounts, their limits, and suspending an account: what the switch
 * is told about an account. Staff of the account's tenant read; super admins and tenant admins
 * change. A customer or carrier user reads its own account's trunks of its own side only (a
 * customer never sees egress trunks). An account that is missing or not the caller's reads as
 * missing ({@link java.util.NoSuchElementException}). Every change is audited and recorded for the
 * switch in the same transaction.
 */
@Facade
public interface Trunks {
  /** The account's trunks the actor may see, by name; deleted ones only for staff who ask. */
  List<Trunk> list(Actor actor, AccountId account, boolean deleted);

  Trunk get(Actor actor, AccountId account, TrunkId trunk);

  TrunkChange create(Actor actor, AccountId account, TrunkDraft draft);

  /**
   * Changes a trunk; a null password keeps the stored digest secret of an unchanged username.
   *
   * @param expectedVersion the version the user edited, or null to overwrite whatever is stored
   */
  TrunkChange update(
      Actor actor, AccountId account, TrunkId trunk, Integer expectedVersion, TrunkDraft draft);

  /** Soft delete: the switch drops the trunk; restorable until the retention purge. */
  Trunk delete(Actor actor, AccountId account, TrunkId trunk);

  TrunkChange restore(Actor actor, AccountId account, TrunkId trunk);

  /**
   * The stored digest secret (HA1 = md5(username:realm:password)) of a live ingress trunk, for the
   * switch that checks the credentials: only the platform itself (a system actor) reads it.
   */
  Optional<String> digestSecret(Actor actor, AccountId account, TrunkId trunk);

  AccountLimits limits(Actor actor, AccountId account);

  LimitsChange setLimits(Actor actor, AccountId account, LimitsDraft draft);

  /**
   * Suspends the account (status SUSPENDED): the switch refuses its calls. The reason is audited.
   */
  AccountChange suspend(Actor actor, AccountId account, String reason);

  /** Makes a suspended account ACTIVE again, with the reason audited. */
  AccountChange resume(Actor actor, AccountId account, String reason);

  /**
   * Refuses the account's new calls (calls in progress go on) until {@link #unblockCalls}; the
   * account stays ACTIVE. Audited and recorded for the switch; blocking a blocked account keeps its
   * first reason. A blank or overlong reason is an {@link IllegalArgumentException}.
   */
  CallBlock blockCalls(Actor actor, AccountId account, String reason);

  /** Lifts the block with the reason audited; false when the account was not blocked. */
  boolean unblockCalls(Actor actor, AccountId account, String reason);

  /** The account's call block, if any; the account's own users may read it too. */
  Optional<CallBlock> callBlock(Actor actor, AccountId account);
}
