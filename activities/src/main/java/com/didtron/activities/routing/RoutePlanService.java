package com.didtron.activities.routing;

import com.didtron.activities.account.AccountService;
import com.didtron.decisions.routing.RoutePolicy;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.user.Role;
import com.didtron.rating.plan.PlanRule;
import com.didtron.rating.plan.RoutePlan;
import com.didtron.rating.plan.RoutePlanCompiler;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The routing plan the switch receives for a customer and tier, compiled from the same inputs as
 * the route tester ({@link RouteTestService#planContext}): reading it writes nothing. Carriers are
 * named in it, so only super admins, tenant admins and analysts may read it.
 */
@Service
public class RoutePlanService {
  private final AccountService accounts;
  private final RouteTestService routes;
  private final Clock clock;

  RoutePlanService(AccountService accounts, RouteTestService routes, Clock clock) {
    this.accounts = accounts;
    this.routes = routes;
    this.clock = clock;
  }

  /**
   * One page of a compiled plan.
   *
   * @param fingerprint SHA-256 of every rule's prefix and carrier ids (see {@link RoutePlan#fingerprint})
   * @param ruleCount rules in the whole plan
   * @param rules the page's rules, by prefix
   */
  public record PlanPage(String accountId, String tier, Instant compiledAt, String fingerprint,
      int ruleCount, List<PlanRule> rules) {
    public PlanPage {
      rules = List.copyOf(rules);
    }
  }

  /** Compiles the plan of customer {@code account} for {@code tier} now and returns {@code page}. */
  public PlanPage plan(Actor actor, AccountId account, RoutePolicy.Tier tier, PageRequest page) {
    requirePlanReader(actor);
    Account customer = accounts.get(actor, account);
    if (customer.kind() == AccountKind.CARRIER) {
      throw new IllegalArgumentException(customer.name() + " is a carrier: plans are per customer");
    }
    Instant now = clock.instant();
    RoutePlan plan = RoutePlanCompiler.compile(
        PlanInputs.full(routes.planContext(actor, account, tier, now)));
    List<PlanRule> all = plan.rules();
    int from = Math.min(page.offset(), all.size());
    int to = Math.min(all.size(), from + page.limit());
    return new PlanPage(account.value().toString(), tier.name(), now, plan.fingerprint(),
        all.size(), all.subList(from, to));
  }

  /** Plans name carriers: super admins, tenant admins and analysts only. */
  static void requirePlanReader(Actor actor) {
    if (!actor.has(Role.SUPER_ADMIN) && !actor.has(Role.TENANT_ADMIN) && !actor.has(Role.ANALYST)) {
      throw new AccessDenied("Only super admins, tenant admins and analysts may read routing plans");
    }
  }
}
