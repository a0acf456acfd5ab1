package com.didtron.activities.siptest;

import com.didtron.activities.Facade;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.outbound.OutboundGuard;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.siptest.FieldProblem;
import com.didtron.domain.siptest.SipTargetDraft;
import com.didtron.domain.siptest.SipTestAccess;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where each carrier of a tenant takes test calls (stored in {@code carrier_sip_target}). */
@Service
@Facade
public class SipTargetService {
  static final String ENTITY = "carrier_sip_target";

  private final JooqSipTargets targets;
  private final AccountService accounts;
  private final AuditTrail audit;
  private final OutboundGuard outbound;
  private final Clock clock;

  SipTargetService(
      JooqSipTargets targets,
      AccountService accounts,
      AuditTrail audit,
      OutboundGuard outbound,
      Clock clock) {
    this.targets = targets;
    this.accounts = accounts;
    this.audit = audit;
    this.outbound = outbound;
    this.clock = clock;
  }

  /** The targets of the actor's tenant, by carrier name. */
  @Transactional(readOnly = true)
  public List<SipTarget> list(Actor actor) {
    SipTestAccess.requireReader(actor);
    return targets.ofTenant(actor.tenantId());
  }

  @Transactional(readOnly = true)
  public Optional<SipTarget> find(Actor actor, UUID carrierId) {
    SipTestAccess.requireReader(actor);
    return targets.find(carrierId).filter(t -> visible(actor, carrierId));
  }

  /** Sets (creates or replaces) a carrier's target; returns the problems, empty when saved. */
  @Transactional
  public List<FieldProblem> save(Actor actor, UUID carrierId, SipTargetDraft draft) {
    SipTestAccess.requireTester(actor);
    Account carrier = accounts.get(actor, new AccountId(carrierId));
    if (carrier.kind() == AccountKind.CUSTOMER) {
      return List.of(new FieldProblem("carrier", carrier.name() + " is a customer, not a carrier"));
    }
    List<FieldProblem> problems = draft.validate();
    if (!problems.isEmpty()) {
      return problems;
    }
    Optional<String> internal = outbound.hostRefusal(draft.host());
    if (internal.isPresent()) {
      return List.of(new FieldProblem("host", internal.get()));
    }
    Optional<SipTarget> before = targets.find(carrierId);
    targets.upsert(carrier.tenantId(), carrierId, draft, clock.instant());
    SipTarget after = targets.find(carrierId).orElseThrow();
    audit.record(
        actor,
        carrier.tenantId(),
        before.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE,
        ENTITY,
        carrierId.toString(),
        before.map(SipTargetService::snapshot).orElse(null),
        snapshot(after));
    return List.of();
  }

  private boolean visible(Actor actor, UUID carrierId) {
    try {
      accounts.get(actor, new AccountId(carrierId));
      return true;
    } catch (AccessDenied e) {
      return false;
    }
  }

  /** The audit view: the password is never written to the audit log. */
  static Map<String, Object> snapshot(SipTarget t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("host", t.host());
    m.put("port", t.port());
    m.put("auth_user", t.authUser());
    m.put("probe_number", t.probeNumber());
    m.put("monitored", t.monitored());
    return m;
  }
}
