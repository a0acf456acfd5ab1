package com.didtron.activities.routing;

import com.didtron.activities.Facade;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.switchsync.SwitchChanges;
import com.didtron.activities.switchsync.SwitchChanges.Change;
import com.didtron.activities.switchsync.SwitchChanges.ObjectType;
import com.didtron.decisions.routing.RoutePolicy;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.user.Role;
import com.didtron.rating.plan.PlanRule;
import com.didtron.rating.plan.RoutePlan;
import com.didtron.rating.plan.RoutePlanCompiler;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The routing plan the switch receives for a customer and tier, compiled from the same inputs as
 * the route tester ({@link RouteTestService#planContext}): reading it writes nothing; {@link
 * #store} keeps its version (fingerprint, compile instant, rule count) for the switch sync.
 * Carriers are named in it, so only super admins, tenant admins and analysts may read it.
 */
@Service
@Facade
public class RoutePlanService {
  static final String ENTITY = "route_plan";
  private final AccountService accounts;
  private final RouteTestService routes;
  private final Clock clock;
  private final JooqRoutePlanVersions versions;
  private final AuditTrail audit;
  private final SwitchChanges switchChanges;

  RoutePlanService(
      AccountService accounts,
      RouteTestService routes,
      Clock clock,
      JooqRoutePlanVersions versions,
      AuditTrail audit,
      SwitchChanges switchChanges) {
    this.switchChanges = switchChanges;
    this.accounts = accounts;
    this.routes = routes;
    this.clock = clock;
    this.versions = versions;
    this.audit = audit;
  }

  /**
   * One page of a compiled plan.
   *
   * @param fingerprint SHA-256 of every rule's prefix and carrier ids (see {@link
   *     RoutePlan#fingerprint})
   * @param ruleCount rules in the whole plan
   * @param rules the page's rules, by prefix
   */
  public record PlanPage(
      String accountId,
      String tier,
      Instant compiledAt,
      String fingerprint,
      int ruleCount,
      List<PlanRule> rules) {
    public PlanPage {
      rules = List.copyOf(rules);
    }
  }

  /**
   * Compiles the plan of customer {@code account} for {@code tier} now and returns {@code page}.
   */
  public PlanPage plan(Actor actor, AccountId account, RoutePolicy.Tier tier, PageRequest page) {
    Instant now = clock.instant();
    RoutePlan plan = compile(actor, account, tier, now);
    List<PlanRule> all = plan.rules();
    int from = Math.min(page.offset(), all.size());
    int to = Math.min(all.size(), from + page.limit());
    return new PlanPage(
        account.value().toString(),
        tier.name(),
        now,
        plan.fingerprint(),
        all.size(),
        all.subList(from, to));
  }

  /**
   * Compiles the plan now and stores its version when the fingerprint differs from the stored one
   * (audited); an unchanged plan keeps its stored version and writes nothing.
   */
  @Transactional
  public RoutePlanVersion store(Actor actor, AccountId account, RoutePolicy.Tier tier) {
    Instant now = clock.instant();
    RoutePlan plan = compile(actor, account, tier, now);
    Optional<RoutePlanVersion> before = versions.find(account.value(), tier.name());
    if (before.isPresent() && before.get().fingerprint().equals(plan.fingerprint())) {
      return before.get();
    }
    RoutePlanVersion after =
        new RoutePlanVersion(
            account.value(),
            tier.name(),
            plan.fingerprint(),
            plan.rules().size(),
            now.truncatedTo(ChronoUnit.MICROS));
    versions.save(actor.tenantId().value(), after);
    audit.record(
        actor,
        actor.tenantId(),
        before.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE,
        ENTITY,
        account.value() + "/" + tier.name(),
        before.map(RoutePlanService::snapshot).orElse(null),
        snapshot(after));
    Account customer = accounts.get(actor, account);
    switchChanges.record(
        customer.tenantId(), account, ObjectType.ROUTES, account.toString(), Change.UPSERT);
    return after;
  }

  /**
   * Every rule of the customer's plan for {@code tier}, compiled now: what the switch receives.
   * Writes nothing.
   */
  public List<PlanRule> rules(Actor actor, AccountId account, RoutePolicy.Tier tier) {
    return compile(actor, account, tier, clock.instant()).rules();
  }

  /** The stored version of the plan, if one was stored. */
  @Transactional(readOnly = true)
  public Optional<RoutePlanVersion> stored(Actor actor, AccountId account, RoutePolicy.Tier tier) {
    requirePlanReader(actor);
    accounts.get(actor, account);
    return versions.find(account.value(), tier.name());
  }

  private RoutePlan compile(Actor actor, AccountId account, RoutePolicy.Tier tier, Instant now) {
    requirePlanReader(actor);
    Account customer = accounts.get(actor, account);
    if (customer.kind() == AccountKind.CARRIER) {
      throw new IllegalArgumentException(customer.name() + " is a carrier: plans are per customer");
    }
    return RoutePlanCompiler.compile(
        PlanInputs.full(routes.planContext(actor, account, tier, now)));
  }

  private static Map<String, Object> snapshot(RoutePlanVersion v) {
    return Map.of(
        "fingerprint",
        v.fingerprint(),
        "ruleCount",
        v.ruleCount(),
        "compiledAt",
        v.compiledAt().toString());
  }

  /** Plans name carriers: super admins, tenant admins and analysts only. */
  static void requirePlanReader(Actor actor) {
    if (!actor.has(Role.SUPER_ADMIN) && !actor.has(Role.TENANT_ADMIN) && !actor.has(Role.ANALYST)) {
      throw new AccessDenied(
          "Only super admins, tenant admins and analysts may read routing plans");
    }
  }
}
