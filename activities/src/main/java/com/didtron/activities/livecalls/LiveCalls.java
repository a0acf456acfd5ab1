package com.didtron.activities.livecalls;

import com.didtron.activities.Facade;
import com.didtron.activities.account.Accounts;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.switchsync.ActiveCall;
import com.didtron.activities.switchsync.SwitchTarget;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.user.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calls in progress on the switch and hanging them up. Staff of a tenant see its accounts'
 * calls with the carrier gateway (super admins also calls the switch names no DIDTron account for);
 * a customer user sees only its own account's calls and never the carrier side; a carrier user is
 * refused (it would learn who its customers' customers are). Hanging up: super admins and tenant
 * admins for their tenant's calls, a customer for its own calls; each hang-up is audited. The
 * switch not answering throws {@code SwitchUnreachable} (nothing is changed or audited).
 */
@Facade
@Service
public class LiveCalls {
  static final String ENTITY = "live_call";
  private static final int ENDED = 5;
  private static final int CONFIRMED = 3;

  private final SwitchTarget target;
  private final Accounts accounts;
  private final Trunks trunks;
  private final AuditTrail audit;
  private final Clock clock;

  LiveCalls(SwitchTarget target, Accounts accounts, Trunks trunks, AuditTrail audit, Clock clock) {
    this.target = target;
    this.accounts = accounts;
    this.trunks = trunks;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The calls in progress the actor may see, longest-running first.
   *
   * @param account only this account's calls (null: all the actor may see); another tenant's or
   *     another customer's account reads as missing
   */
  @Transactional(readOnly = true)
  public List<LiveCall> list(Actor actor, AccountId account) {
    boolean staff = requireReader(actor);
    if (account != null && !visibleAccount(actor, staff, account)) {
      throw new NoSuchElementException("No such account");
    }
    Instant now = clock.instant();
    Map<String, Owner> owners = new HashMap<>();
    Map<AccountId, Map<String, String>> trunkNames = new HashMap<>();
    List<LiveCall> calls = new ArrayList<>();
    for (ActiveCall c : target.callsInProgress()) {
      if (c.state() >= ENDED) {
        continue;
      }
      Owner o = owners.computeIfAbsent(c.account(), a -> owner(actor, a));
      Optional<Account> owner = o.account();
      AccountId id = owner.map(Account::id).orElse(null);
      boolean visible =
          staff
              ? owner.isPresent() || (!o.otherTenant() && actor.has(Role.SUPER_ADMIN))
              : id != null && id.equals(actor.accountId());
      if (!visible || (account != null && !account.equals(id))) {
        continue;
      }
      String trunk =
          id == null
              ? c.trunk()
              : trunkNames
                  .computeIfAbsent(id, a -> trunkNames(actor, a))
                  .getOrDefault(c.trunk(), c.trunk());
      LiveCall call = call(c, owner, trunk, now);
      calls.add(staff ? call : call.withoutCarrier());
    }
    calls.sort(Comparator.comparing(LiveCall::duration).reversed().thenComparing(LiveCall::callId));
    return calls;
  }

  /**
   * Hangs up a call the actor may see (BYE to both sides) and audits it; a call that is unknown,
   * ended or not the actor's reads as missing ({@link NoSuchElementException}).
   */
  @Transactional
  public LiveCall hangUp(Actor actor, String id) {
    boolean staff = requireReader(actor);
    if (staff) {
      AccessPolicy.requireAdmin(actor);
    }
    LiveCall call =
        list(actor, null).stream()
            .filter(c -> c.id().equals(id))
            .findFirst()
            .orElseThrow(LiveCalls::noSuchCall);
    if (!target.hangUp(id)) {
      throw noSuchCall();
    }
    audit.record(actor, actor.tenantId(), AuditAction.DELETE, ENTITY, id, snapshot(call), null);
    return call;
  }

  /** True for staff readers, false for a customer user; anyone else is refused. */
  private static boolean requireReader(Actor actor) {
    if (actor.isStaff()) {
      AccessPolicy.requireStaff(actor);
      return true;
    }
    if (actor.has(Role.CUSTOMER) && actor.ownAccount().isPresent()) {
      return false;
    }
    throw new AccessDenied("Live calls are for staff and for customers (their own calls)");
  }

  private boolean visibleAccount(Actor actor, boolean staff, AccountId account) {
    return staff
        ? accounts.find(actor.tenantId(), account).isPresent()
        : account.equals(actor.accountId());
  }

  /**
   * Whom a call is for: an account of the actor's tenant, one of another tenant (never shown), or
   * none DIDTron knows (shown to super admins only).
   */
  private record Owner(Optional<Account> account, boolean otherTenant) {}

  private Owner owner(Actor actor, String switchAccount) {
    AccountId id;
    try {
      id = AccountId.of(switchAccount);
    } catch (IllegalArgumentException | NullPointerException e) {
      return new Owner(Optional.empty(), false);
    }
    Optional<Account> any = accounts.find(id);
    if (any.isPresent() && !any.get().tenantId().equals(actor.tenantId())) {
      return new Owner(Optional.empty(), true);
    }
    return new Owner(any, false);
  }

  private Map<String, String> trunkNames(Actor actor, AccountId account) {
    Map<String, String> names = new HashMap<>();
    List<Trunk> known = new ArrayList<>(trunks.list(actor, account, false));
    if (actor.isStaff()) {
      known.addAll(trunks.list(actor, account, true)); // a call outlives its trunk's deletion
    }
    known.forEach(t -> names.put(t.id().toString(), t.name()));
    return names;
  }

  private static LiveCall call(ActiveCall c, Optional<Account> owner, String trunk, Instant now) {
    boolean answered = c.state() >= CONFIRMED && c.startEpochSeconds() > 0;
    Instant answeredAt = answered ? Instant.ofEpochSecond(c.startEpochSeconds()) : null;
    Duration talking =
        answeredAt == null || answeredAt.isAfter(now)
            ? Duration.ZERO
            : Duration.between(answeredAt, now);
    return new LiveCall(
        c.id(),
        c.callId(),
        owner.map(Account::id).orElse(null),
        owner.map(Account::name).orElse("switch account " + c.account()),
        trunk,
        number(c.fromUri()),
        number(c.toUri()),
        c.gateway(),
        answered ? LiveCall.State.ANSWERED : LiveCall.State.RINGING,
        answeredAt,
        talking);
  }

  /** The user part of a SIP URI ({@code sip:4412345@10.0.0.1:5060} → {@code 4412345}). */
  static String number(String uri) {
    String s = uri == null ? "" : uri.replaceFirst("^sips?:", "");
    int at = s.indexOf('@');
    return at < 0 ? s : s.substring(0, at);
  }

  private static Map<String, Object> snapshot(LiveCall c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("callId", c.callId());
    m.put("account", c.account() == null ? null : c.account().toString());
    m.put("accountName", c.accountName());
    m.put("trunk", c.trunk());
    m.put("from", c.from());
    m.put("to", c.to());
    m.put("gateway", c.gateway());
    m.put("state", c.state().name());
    m.put("answeredAt", c.answeredAt() == null ? null : c.answeredAt().toString());
    m.put("talkingSeconds", c.duration().toSeconds());
    return m;
  }

  private static NoSuchElementException noSuchCall() {
    return new NoSuchElementException("No such call in progress");
  }
}
