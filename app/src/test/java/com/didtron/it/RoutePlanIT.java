package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.routing.RoutePlanService;
import com.didtron.activities.routing.RoutePlanVersion;
import com.didtron.activities.routing.RouteTest;
import com.didtron.activities.routing.RouteTestService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.decisions.routing.RoutePolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.user.Role;
import com.didtron.rating.deck.ImportMode;
import com.didtron.rating.plan.PlanRoute;
import com.didtron.rating.plan.PlanRule;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The compiled routing plan of a customer: its sell prefixes with the carriers ranked as LCR ranks
 * them, plus the longer buy prefix where the order changes; the route tester names the rule the
 * switch uses; only staff that may see carriers read it.
 */
class RoutePlanIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired RatingFixtures rating;
  @Autowired Fixtures fixtures;
  @Autowired RoutePlanService plans;
  @Autowired RouteTestService routes;
  @Autowired ApiKeyService keys;
  @Autowired DSLContext db;

  private Account carrier(Actor admin, String name, String deck) {
    return carrier(admin, name, "EUR", deck);
  }

  private Account carrier(Actor admin, String name, String currency, String deck) {
    Account a = rating.account(admin, name, AccountKind.CARRIER, currency);
    rating.activate(
        admin,
        rating.card(admin, a, DeckSide.BUY),
        ImportMode.REPLACE,
        RatingFixtures.HEADER + deck);
    return a;
  }

  private Account customer(Actor admin, String name, String deck) {
    return customer(admin, name, "EUR", deck);
  }

  private Account customer(Actor admin, String name, String currency, String deck) {
    Account c = rating.account(admin, name, AccountKind.CUSTOMER, currency);
    rating.activate(
        admin,
        rating.card(admin, c, DeckSide.SELL),
        ImportMode.REPLACE,
        RatingFixtures.HEADER + deck);
    return c;
  }

  private int audits(Account customer) {
    return db.fetchCount(
        DSL.table("audit_log"),
        DSL.field("entity_type")
            .eq("route_plan")
            .and(DSL.field("entity_id").eq(customer.id().value() + "/STANDARD")));
  }

  private static String line(PlanRule r) {
    return r.prefix()
        + " -> "
        + r.carriers().stream().map(PlanRoute::carrierName).collect(Collectors.joining(","));
  }

  @Test
  void
      thePlanHasTheSellPrefixAndTheCheaperLongerBuyPrefixAndTheRouteTesterNamesTheRuleTheSwitchUses() {
    Actor brand = admin().inTenant(fixtures.tenant(Fixtures.unique("plan").toLowerCase()));
    Account customer = customer(brand, "Buyer", "44,UK,0.0500,0,60,6,2026-01-01,\n");
    carrier(
        brand,
        "Alpha",
        "44,UK,0.0300,0,60,6,2026-01-01,\n447,UK mobile,0.0100,0,60,6,2026-01-01,\n");
    carrier(brand, "Bravo", "44,UK,0.0200,0,60,6,2026-01-01,\n");
    carrier(brand, "Lossy", "44,UK,0.0900,0,60,6,2026-01-01,\n");

    RoutePlanService.PlanPage plan =
        plans.plan(brand, customer.id(), RoutePolicy.Tier.STANDARD, PageRequest.first(50));

    assertThat(plan.rules())
        .extracting(RoutePlanIT::line)
        .containsExactly("44 -> Bravo,Alpha", "447 -> Alpha,Bravo");
    assertThat(plan.ruleCount()).isEqualTo(2);
    assertThat(plan.rules().get(1).sellRate()).isEqualByComparingTo("0.05");
    assertThat(
            plans
                .plan(brand, customer.id(), RoutePolicy.Tier.STANDARD, new PageRequest(1, 1))
                .rules())
        .extracting(PlanRule::prefix)
        .containsExactly("447");
    assertThat(
            plans
                .plan(brand, customer.id(), RoutePolicy.Tier.STANDARD, PageRequest.first(1))
                .fingerprint())
        .isEqualTo(plan.fingerprint());

    RoutePlanVersion stored = plans.store(brand, customer.id(), RoutePolicy.Tier.STANDARD);
    assertThat(stored.fingerprint()).isEqualTo(plan.fingerprint());
    assertThat(stored.ruleCount()).isEqualTo(2);
    assertThat(plans.store(brand, customer.id(), RoutePolicy.Tier.STANDARD)).isEqualTo(stored);
    assertThat(plans.stored(brand, customer.id(), RoutePolicy.Tier.STANDARD)).contains(stored);
    assertThat(audits(customer)).isEqualTo(1);

    Instant now = Instant.now();
    RouteTest mobile =
        routes.test(brand, customer.id(), "+447700900123", now, RoutePolicy.Tier.STANDARD, false);
    assertThat(mobile.planPrefix()).isEqualTo("447");
    assertThat(mobile.planCarriers()).containsExactly("Alpha", "Bravo");
    RouteTest london =
        routes.test(brand, customer.id(), "442071234567", now, RoutePolicy.Tier.STANDARD, true);
    assertThat(london.planPrefix()).isEqualTo("44");
    assertThat(london.planCarriers()).containsExactly("Bravo", "Alpha");
    assertThat(
            routes
                .test(brand, customer.id(), "33123", now, RoutePolicy.Tier.STANDARD, false)
                .planPrefix())
        .isNull();
  }

  @Test
  void staffReadThePlanOverTheApiAndACustomerIsRefused() throws Exception {
    String prefix = "99" + (100000 + (int) (Math.random() * 800000));
    Account customer =
        customer(
            admin(),
            Fixtures.unique("PlanCust"),
            "USD",
            prefix + ",Test,0.0500,0,60,6,2026-01-01,\n");
    Account only =
        carrier(
            admin(),
            Fixtures.unique("PlanCarr"),
            "USD",
            prefix + ",Test,0.0100,0,60,6,2026-01-01,\n");
    ApiClient api = new ApiClient(port);
    String path = "/api/routing/plan?account=" + customer.id().value() + "&tier=STANDARD&limit=500";

    HttpResponse<String> staff =
        api.text("GET", path, keys.create(admin(), "plan").secret(), null, null);
    assertThat(staff.statusCode()).as(staff.body()).isEqualTo(200);
    assertThat(staff.body())
        .contains("\"prefix\":\"" + prefix + "\"")
        .contains(only.id().value().toString())
        .contains("\"fingerprint\":\"");

    String customerKey =
        keys.create(actorOf(fixtures.portalUser(admin(), customer, Role.CUSTOMER)), "c").secret();
    assertThat(api.text("GET", path, customerKey, null, null).statusCode()).isIn(403, 404);
    assertThat(
            api.text(
                    "GET",
                    "/api/routing/plan?account=nope",
                    keys.create(admin(), "p2").secret(),
                    null,
                    null)
                .statusCode())
        .isEqualTo(400);
  }
}
