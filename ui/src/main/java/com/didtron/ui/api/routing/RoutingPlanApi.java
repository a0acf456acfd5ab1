package com.didtron.ui.api.routing;

import com.didtron.activities.routing.RoutePlanService;
import com.didtron.activities.routing.RoutePlanVersion;
import com.didtron.decisions.routing.RoutePolicy;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.page.PageRequest;
import com.didtron.rating.plan.PlanRoute;
import com.didtron.rating.plan.PlanRule;
import com.didtron.ui.api.base.ApiActor;
import com.didtron.ui.api.base.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The compiled routing plan of a customer and tier (staff that may see carriers only). */
@RestController
@Tag(name = "Routing", description = "Compiled routing plans: what the switch receives")
public class RoutingPlanApi {
  private final RoutePlanService plans;

  public RoutingPlanApi(RoutePlanService plans) {
    this.plans = plans;
  }

  /** One carrier of a rule. */
  public record CarrierJson(
      UUID carrierId, String carrier, String buyPrefix, BigDecimal baseRate) {}

  /** One rule: numbers whose longest matching rule it is go to the carriers in order. */
  public record RuleJson(
      String prefix, String sellPrefix, BigDecimal sellRate, List<CarrierJson> carriers) {
    static RuleJson of(PlanRule r) {
      return new RuleJson(
          r.prefix(),
          r.sellPrefix(),
          r.sellRate(),
          r.carriers().stream()
              .map(
                  (PlanRoute c) ->
                      new CarrierJson(
                          UUID.fromString(c.carrierId()),
                          c.carrierName(),
                          c.buyPrefix(),
                          c.baseRate()))
              .toList());
    }
  }

  /** A page of a plan with the whole plan's fingerprint and rule count. */
  public record PlanJson(
      UUID accountId,
      String tier,
      String compiledAt,
      String fingerprint,
      int ruleCount,
      ApiPage<RuleJson> rules) {}

  @GetMapping("/api/routing/plan")
  @Operation(
      summary =
          "Compile and read a customer's routing plan for a tier (super admins, tenant admins, analysts)")
  public PlanJson plan(
      @RequestParam String account,
      @RequestParam(required = false) String tier,
      @RequestParam(required = false) Integer offset,
      @RequestParam(required = false) Integer limit) {
    PageRequest page = ApiPage.request(offset, limit);
    AccountId id = new AccountId(parseId(account));
    RoutePlanService.PlanPage p = plans.plan(ApiActor.current(), id, parseTier(tier), page);
    return new PlanJson(
        id.value(),
        p.tier(),
        p.compiledAt().toString(),
        p.fingerprint(),
        p.ruleCount(),
        new ApiPage<>(
            p.rules().stream().map(RuleJson::of).toList(),
            p.ruleCount(),
            page.offset(),
            page.limit()));
  }

  /** A stored plan version. */
  public record VersionJson(
      UUID accountId, String tier, String fingerprint, int ruleCount, String compiledAt) {}

  @PostMapping("/api/routing/plan/versions")
  @Operation(
      summary =
          "Compile a customer's plan and store its version when it changed (super admins, tenant admins, analysts)")
  public VersionJson store(
      @RequestParam String account, @RequestParam(required = false) String tier) {
    RoutePlanVersion v =
        plans.store(ApiActor.current(), new AccountId(parseId(account)), parseTier(tier));
    return new VersionJson(
        v.accountId(), v.tier(), v.fingerprint(), v.ruleCount(), v.compiledAt().toString());
  }

  private static UUID parseId(String account) {
    try {
      return UUID.fromString(account.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("account must be an account id");
    }
  }

  private static RoutePolicy.Tier parseTier(String tier) {
    if (tier == null || tier.isBlank()) {
      return RoutePolicy.Tier.STANDARD;
    }
    try {
      return RoutePolicy.Tier.valueOf(tier.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("tier must be STANDARD or PREMIUM");
    }
  }
}
