package com.didtron.activities.switchpush;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.ratedeck.ActiveDecks;
import com.didtron.activities.routing.RoutePlanService;
import com.didtron.activities.switchsync.CarrierGateway;
import com.didtron.activities.switchsync.CustomerAddress;
import com.didtron.activities.switchsync.IngressTrunk;
import com.didtron.activities.switchsync.RouteRule;
import com.didtron.activities.switchsync.SwitchChanges;
import com.didtron.activities.switchsync.SwitchChanges.Change;
import com.didtron.activities.switchsync.SwitchChanges.ObjectType;
import com.didtron.activities.switchsync.SwitchTarget;
import com.didtron.activities.trunk.Trunks;
import com.didtron.decisions.routing.RoutePolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.trunk.TrunkDirection;
import com.didtron.domain.trunk.TrunkStatus;
import com.didtron.rating.plan.PlanRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customer's compiled routing plan on Kamailio: each rule's carriers become their live egress
 * trunks' gateways, in the plan's order, in one routing group per customer and tier; each ingress
 * trunk routes with its tier's group. A customer without an active sell card gets no routes (404).
 */
@Component
class KamailioRoutes {
  private final SwitchTarget kamailio;
  private final Accounts accounts;
  private final Trunks trunks;
  private final RoutePlanService plans;
  private final ActiveDecks decks;
  private final SwitchChanges changes;
  private final TransactionTemplate tx;

  KamailioRoutes(
      SwitchTarget kamailio,
      Accounts accounts,
      Trunks trunks,
      RoutePlanService plans,
      ActiveDecks decks,
      SwitchChanges changes,
      TransactionTemplate tx) {
    this.kamailio = kamailio;
    this.accounts = accounts;
    this.trunks = trunks;
    this.plans = plans;
    this.decks = decks;
    this.changes = changes;
    this.tx = tx;
  }

  /** The source block of an ingress trunk ({@code ip} or {@code ip/len}), or null for none. */
  static CustomerAddress source(Trunk t) {
    if (t.address() == null || t.address().isBlank()) {
      return null;
    }
    String[] parts = t.address().strip().split("/", 2);
    return parts.length == 1
        ? CustomerAddress.host(parts[0], t.id().toString())
        : new CustomerAddress(parts[0], Integer.parseInt(parts[1]), 0, t.id().toString());
  }

  /**
   * The customer's live ingress trunks to the switch, each with the routing group of its tier;
   * then, when it has a sell card, its routes again (recorded for the sync), as a trunk may have
   * brought a new tier.
   */
  void ingressChanged(Actor system, Account customer, List<Trunk> all) {
    List<IngressTrunk> ingress = new ArrayList<>();
    for (Trunk t : live(all, TrunkDirection.INGRESS)) {
      String secret =
          t.username() == null
              ? null
              : trunks.digestSecret(system, customer.id(), t.id()).orElse(null);
      ingress.add(
          new IngressTrunk(
              t.id().toString(),
              source(t),
              t.techPrefix(),
              t.strip(),
              t.prepend(),
              kamailio.routingGroup(customer.id(), tierOf(t).name()),
              secret == null ? null : t.username(),
              secret));
    }
    kamailio.replaceIngressTrunks(customer.id(), ingress);
    if (!customer.isDeleted() && decks.sellOf(customer.id().value()).isPresent()) {
      tx.executeWithoutResult(
          s ->
              changes.record(
                  customer.tenantId(),
                  customer.id(),
                  ObjectType.ROUTES,
                  customer.id().toString(),
                  Change.UPSERT));
    }
  }

  /**
   * Replaces the customer's routes with its plan compiled now: one routing group per tier, the
   * tiers its live ingress trunks use filled, the others emptied. Trunks pushed before routing
   * groups per tier existed route with the group of the first live trunk's tier.
   */
  void push(Actor system, Account customer) {
    boolean routed =
        !customer.isDeleted()
            && customer.kind().buysFromUs()
            && decks.sellOf(customer.id().value()).isPresent();
    List<Trunk> ingress =
        customer.isDeleted()
            ? List.of()
            : live(trunks.list(system, customer.id(), false), TrunkDirection.INGRESS);
    Set<RoutePolicy.Tier> used = new LinkedHashSet<>();
    ingress.forEach(t -> used.add(tierOf(t)));
    if (used.isEmpty()) {
      used.add(RoutePolicy.Tier.STANDARD);
    }
    for (RoutePolicy.Tier tier : RoutePolicy.Tier.values()) {
      int group = kamailio.routingGroup(customer.id(), tier.name());
      kamailio.replaceRoutes(
          group, routed && used.contains(tier) ? rules(system, customer, tier) : List.of());
    }
    // the account's own number was its only group before groups per tier: no routes left there
    kamailio.replaceRoutes(kamailio.accountNumber(customer.id()), List.of());
    kamailio.useRoutingGroup(
        customer.id(), kamailio.routingGroup(customer.id(), used.iterator().next().name()));
  }

  private static RoutePolicy.Tier tierOf(Trunk t) {
    return t.tier() == null ? RoutePolicy.Tier.STANDARD : RoutePolicy.Tier.valueOf(t.tier().name());
  }

  /** A sell card changes its customer's routes; a buy card every customer's of the tenant. */
  void rateCardActivated(Actor system, Account owner) {
    if (owner.kind().buysFromUs()) {
      push(system, owner);
    }
    if (owner.kind().sellsToUs()) {
      routesChangedForAllCustomers(owner);
    }
  }

  /** A carrier's egress trunk changed: its gateway, then every customer's routes. */
  void egressChanged(Actor system, Account carrier, Trunk trunk) {
    if (!trunk.isDeleted() && trunk.status() == TrunkStatus.ACTIVE) {
      kamailio.putGateways(List.of(gateway(carrier, trunk)));
    }
    routesChangedForAllCustomers(carrier);
  }

  private void routesChangedForAllCustomers(Account carrier) {
    tx.executeWithoutResult(
        s ->
            accounts.live(carrier.tenantId()).stream()
                .filter(a -> a.kind().buysFromUs())
                .forEach(
                    c ->
                        changes.record(
                            c.tenantId(),
                            c.id(),
                            ObjectType.ROUTES,
                            c.id().toString(),
                            Change.UPSERT)));
  }

  private List<RouteRule> rules(Actor system, Account customer, RoutePolicy.Tier tier) {
    List<PlanRule> plan = plans.rules(system, customer.id(), tier);
    Map<String, List<String>> gatewaysOf = new HashMap<>();
    Map<String, CarrierGateway> gateways = new LinkedHashMap<>();
    List<RouteRule> rules = new ArrayList<>();
    for (PlanRule rule : plan) {
      List<String> keys = new ArrayList<>();
      for (String carrier : rule.carrierIds()) {
        keys.addAll(gatewaysOf.computeIfAbsent(carrier, c -> carrierGateways(system, c, gateways)));
      }
      if (!keys.isEmpty()) {
        rules.add(new RouteRule(rule.prefix(), 0, keys));
      }
    }
    kamailio.putGateways(List.copyOf(gateways.values()));
    return rules;
  }

  private List<String> carrierGateways(
      Actor system, String carrierId, Map<String, CarrierGateway> gateways) {
    AccountId id = KamailioPusher.id(carrierId);
    Account carrier = accounts.find(id).orElse(null);
    if (carrier == null || carrier.isDeleted()) {
      return List.of();
    }
    List<String> keys = new ArrayList<>();
    for (Trunk t : live(trunks.list(system, id, false), TrunkDirection.EGRESS)) {
      CarrierGateway g = gateway(carrier, t);
      gateways.put(g.key(), g);
      keys.add(g.key());
    }
    return keys;
  }

  private static CarrierGateway gateway(Account carrier, Trunk t) {
    return new CarrierGateway(
        t.id().toString(),
        t.address(),
        t.strip(),
        t.techPrefix() + t.prepend(),
        carrier.name() + " · " + t.name());
  }

  private static List<Trunk> live(List<Trunk> trunks, TrunkDirection direction) {
    return trunks.stream()
        .filter(t -> t.direction() == direction)
        .filter(t -> !t.isDeleted() && t.status() == TrunkStatus.ACTIVE)
        .toList();
  }
}
