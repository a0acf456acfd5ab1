package com.didtron.activities.switchsync.connexcs;

import com.didtron.activities.switchsync.BreakoutQuery;
import com.didtron.activities.switchsync.BreakoutRow;
import com.didtron.activities.switchsync.CdrCursor;
import com.didtron.activities.switchsync.HostedSwitch;
import com.didtron.activities.switchsync.RateCardRevision;
import com.didtron.activities.switchsync.SwitchCarrier;
import com.didtron.activities.switchsync.SwitchCdrBatch;
import com.didtron.activities.switchsync.SwitchCustomer;
import com.didtron.activities.switchsync.SwitchDid;
import com.didtron.activities.switchsync.SwitchRateCard;
import com.didtron.activities.switchsync.SwitchRoute;
import com.didtron.activities.switchsync.SwitchTrunk;
import com.didtron.activities.switchsync.SwitchUnreadable;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.trunk.TrunkDirection;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * DIDTron's pushes to ConnexCS. Customers, carriers, cards, routes and DIDs follow the REST
 * convention of its control-panel API ({@code POST resource} creates and answers the new id, {@code
 * PUT resource/{id}} updates); where ConnexCS does not document a write publicly, the assumption is
 * listed in docs/switching.md. The credit is brought to DIDTron's balance with a documented {@code
 * POST payment} of the difference.
 */
final class ConnexCsSwitch implements HostedSwitch {
  /** Rules per upload request (ConnexCS's own tools read at most 10,000 per request). */
  static final int RULES_PER_REQUEST = 10_000;

  private final ConnexCsClient client;
  private final ConnexCsJson json;
  private final ConnexCsCdrs cdrs;
  private final ConnexCsBreakout breakout;

  ConnexCsSwitch(ConnexCsClient client, ConnexCsJson json, ConnexCsSettings settings) {
    this.client = client;
    this.json = json;
    this.cdrs = new ConnexCsCdrs(client, json, settings.cdrOverlap());
    this.breakout = new ConnexCsBreakout(client);
  }

  @Override
  public String name() {
    return "connexcs";
  }

  @Override
  public String pushCustomer(SwitchCustomer c) {
    ObjectNode body =
        json.object()
            .put("name", c.name())
            .put("status", c.mayCall() ? "Active" : "Inactive")
            .put("channels", unlimitedAsZero(c.maxChannels()))
            .put("cps", unlimitedAsZero(c.maxCps()));
    if (c.credit() != null) {
      body.put("debit_limit", c.credit().debitLimit());
    }
    String id = upsert("customer", c.switchId(), body, c.currency().code());
    if (c.credit() != null) {
      alignCredit(id, c.credit().credit(), c.currency().code());
    }
    return id;
  }

  @Override
  public String pushCarrier(SwitchCarrier c) {
    ObjectNode body = json.object().put("name", c.name()).put("status", status(c.status()));
    return upsert("carrier", c.switchId(), body, c.currency().code());
  }

  @Override
  public RateCardRevision pushRateCard(SwitchRateCard card) {
    ObjectNode head =
        json.object()
            .put("name", card.name())
            .put("direction", card.side() == DeckSide.SELL ? "customer" : "provider");
    String cardId = upsert("card", card.cardId(), head, card.currency().code());
    String rev =
        ConnexCsJson.text(client.post("card/" + seg(cardId) + "/rev", json.object()), "rev");
    if (rev == null) {
      throw new SwitchUnreadable(
          "ConnexCS created a revision of card " + cardId + " but did not say its number", null);
    }
    List<SwitchRateCard.Rule> rules = card.rules();
    for (int from = 0; from < rules.size(); from += RULES_PER_REQUEST) {
      ArrayNode chunk = json.object().arrayNode();
      rules
          .subList(from, Math.min(rules.size(), from + RULES_PER_REQUEST))
          .forEach(r -> chunk.add(rule(r)));
      client.post("card/" + seg(cardId) + "/rev/" + seg(rev) + "/rule", chunk);
    }
    client.put("card/" + seg(cardId), json.object().put("active_rev", rev));
    return new RateCardRevision(cardId, rev);
  }

  @Override
  public String pushRoute(SwitchRoute r) {
    ObjectNode body =
        json.object()
            .put("company_id", r.customerId())
            .put("card_id", r.rateCardId())
            .put("tech_prefix", r.techPrefix())
            .put("enabled", r.enabled());
    ArrayNode carriers = body.putArray("provider_id");
    r.carrierIds().forEach(carriers::add);
    return upsert("routing", r.routeId(), body, null);
  }

  @Override
  public String pushTrunk(SwitchTrunk t) {
    ObjectNode body =
        json.object()
            .put("company_id", t.companyId())
            .put("direction", t.direction() == TrunkDirection.EGRESS ? "egress" : "ingress")
            .put("ip", t.host())
            .put("protocol", t.transport().toLowerCase(Locale.ROOT))
            .put("channels", unlimitedAsZero(t.maxChannels()))
            .put("cps", unlimitedAsZero(t.maxCps()))
            .put("tech_prefix", t.techPrefix() == null ? "" : t.techPrefix())
            .put("strip", t.strip())
            .put("prepend", t.prepend() == null ? "" : t.prepend())
            .put("enabled", t.enabled());
    if (t.port() != null) {
      body.put("port", t.port());
    }
    return upsert("switch/ip", t.switchId(), body, null);
  }

  @Override
  public void removeTrunk(String switchId) {
    client.delete("switch/ip/" + seg(switchId));
  }

  @Override
  public String pushDid(SwitchDid d) {
    ObjectNode body =
        json.object()
            .put("did", d.number())
            .put("customer_id", d.customerId())
            .put("customer_card_id", d.customerCardId())
            .put("provider_id", d.carrierId())
            .put("provider_card_id", d.carrierCardId())
            .put("enabled", d.enabled());
    if (d.destination() != null) {
      body.put("destination", d.destination());
    }
    return upsert("did", d.didId(), body, null);
  }

  @Override
  public void removeDid(String switchId) {
    client.delete("did/" + seg(switchId));
  }

  @Override
  public SwitchCdrBatch pullCdrs(CdrCursor cursor, Instant until) {
    return cdrs.pull(cursor, until);
  }

  @Override
  public List<BreakoutRow> pullBreakout(BreakoutQuery query) {
    return breakout.pull(query);
  }

  /** Creates (with the currency, fixed from then on) or updates; answers the switch's id. */
  private String upsert(String resource, String id, ObjectNode body, String currency) {
    if (id != null) {
      client.put(resource + "/" + seg(id), body);
      return id;
    }
    if (currency != null) {
      body.put("currency", currency);
    }
    return ConnexCsJson.id(client.post(resource, body), resource);
  }

  /** Posts the difference between DIDTron's balance and the switch's credit as a payment. */
  private void alignCredit(String customerId, BigDecimal target, String currency) {
    JsonNode customer = client.get("customer/" + seg(customerId));
    JsonNode row = customer.isArray() ? customer.path(0) : customer;
    BigDecimal current;
    try {
      current = ConnexCsJson.decimalOrZero(row, "credit");
    } catch (IllegalArgumentException e) {
      throw new SwitchUnreadable("ConnexCS customer " + customerId + ": " + e.getMessage(), e);
    }
    BigDecimal delta = target.subtract(current);
    if (delta.signum() != 0) {
      client.post(
          "payment",
          json.object()
              .put("company_id", customerId)
              .put("currency", currency)
              .put("description", "DIDTron balance sync")
              .put("status", "Completed")
              .put("total", delta));
    }
  }

  private ObjectNode rule(SwitchRateCard.Rule r) {
    return json.object()
        .put("prefix", r.prefix())
        .put("name", r.destination())
        .put("rate", r.ratePerMinute())
        .put("connection_fee", r.connectFee())
        .put("initial_increment", r.initialIncrement())
        .put("subsequent_increment", r.subsequentIncrement());
  }

  private static String status(AccountStatus s) {
    return s == AccountStatus.ACTIVE ? "Active" : "Inactive";
  }

  /** ConnexCS reads 0 as no limit. */
  private static int unlimitedAsZero(Integer limit) {
    return limit == null ? 0 : limit;
  }

  private static String seg(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
