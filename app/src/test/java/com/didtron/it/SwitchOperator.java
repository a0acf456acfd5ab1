package com.didtron.it;

import static com.didtron.it.SwitchCalls.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an operator's script does to put customers and carriers on the switch, over the REST API
 * only (docs/api.md, docs/switching.md): accounts, rate cards, trunks, the routing plan, limits,
 * top-ups and suspension; the switch sync alone carries them to Kamailio, waited for with {@code
 * GET /api/switch/status}.
 */
final class SwitchOperator {
  private final ApiClient api;
  private final String key;
  private final JsonMapper json;

  SwitchOperator(int port, String key, JsonMapper json) {
    this.api = new ApiClient(port);
    this.key = key;
    this.json = json;
  }

  /** {@code method path} with a JSON body (none when null), expecting {@code status}. */
  JsonNode call(int status, String method, String path, String body) {
    HttpResponse<String> r = send(method, path, "application/json", body);
    assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(status);
    return r.body().isBlank() ? null : json.readTree(r.body());
  }

  HttpResponse<String> send(String method, String path, String type, String body) {
    try {
      return api.text(method, path, key, type, body);
    } catch (Exception e) {
      throw new AssertionError(method + " " + path + ": " + e.getMessage(), e);
    }
  }

  /** A carrier whose buy deck is the cheapest for {@code prefix}, its trunk to the port. */
  void carrier(String prefix, int sipPort) {
    String carrier = account(Fixtures.unique("cc-carrier"), "CARRIER", "POSTPAID", "0");
    deck(carrier, "BUY", prefix + ",UK,0.00001,0,1,1,2020-01-01,\n");
    awaitInSync("TRUNK", egress(carrier, sipPort));
  }

  /** A customer calling from {@code ip} with a sell deck, its trunk and its plan on the switch. */
  String customer(String ip, String billingMode, String creditLimit, String deckRows) {
    String customer = account(Fixtures.unique("cc-customer"), "CUSTOMER", billingMode, creditLimit);
    deck(customer, "SELL", deckRows);
    awaitInSync("TRUNK", ingress(customer, ip));
    plan(customer);
    return customer;
  }

  /** A USD account: prepaid (no credit) or postpaid with {@code creditLimit}; its id. */
  String account(String name, String kind, String billingMode, String creditLimit) {
    return call(
            201,
            "POST",
            "/api/accounts",
            """
            {"name":"%s","kind":"%s","currency":"USD","billingMode":"%s","creditLimit":%s}"""
                .formatted(name, kind, billingMode, creditLimit))
        .get("id")
        .asString();
  }

  /** Creates the owner's card of {@code side} and activates these rows (after the header). */
  void deck(String ownerId, String side, String rows) {
    String card =
        call(
                201,
                "POST",
                "/api/rate-cards",
                "{\"ownerId\":\"" + ownerId + "\",\"side\":\"" + side + "\"}")
            .get("id")
            .asString();
    HttpResponse<String> imported =
        send(
            "POST",
            "/api/rate-cards/" + card + "/imports?mode=REPLACE&activate=true",
            "text/csv",
            RatingFixtures.HEADER + rows);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(imported.body()).contains("\"activated\":true");
  }

  /** A customer's ingress trunk from {@code ip}; its id. */
  String ingress(String accountId, String ip) {
    return trunk(
        accountId,
        """
        {"name":"PBX","direction":"INGRESS","address":"%s","transport":"UDP","techPrefix":"",
         "strip":0,"prepend":"","maxChannels":20,"maxCps":20,"tier":"STANDARD"}"""
            .formatted(ip));
  }

  /** A carrier's egress trunk to 127.0.0.1:{@code port}; its id. */
  String egress(String accountId, int port) {
    return trunk(
        accountId,
        """
        {"name":"Termination","direction":"EGRESS","address":"127.0.0.1:%d","transport":"UDP",
         "techPrefix":"","strip":0,"prepend":"","maxChannels":20,"maxCps":20}"""
            .formatted(port));
  }

  private String trunk(String accountId, String body) {
    return call(201, "POST", "/api/accounts/" + accountId + "/trunks", body).get("id").asString();
  }

  /** Stores the customer's routing plan for the switch and waits until Kamailio has it. */
  void plan(String customerId) {
    HttpResponse<String> plan =
        send("POST", "/api/routing/plan/versions?account=" + customerId, null, null);
    assertThat(plan.statusCode()).as(plan.body()).isBetween(200, 201);
    awaitInSync("ROUTES", customerId);
  }

  void topUp(String accountId, String amount) {
    call(
        201,
        "POST",
        "/api/top-ups",
        "{\"accountId\":\"%s\",\"amount\":\"%s\",\"currency\":\"USD\",\"reason\":\"wire\"}"
            .formatted(accountId, amount));
  }

  /** The customer's funds as {@code GET /api/accounts/{id}/balance} tells them. */
  BigDecimal funds(String accountId) {
    return new BigDecimal(
        call(200, "GET", "/api/accounts/" + accountId + "/balance", null).get("funds").asString());
  }

  /** Polls {@code GET /api/switch/status} until the object is in sync on Kamailio. */
  void awaitInSync(String type, String id) {
    String object = "\"objectType\":\"%s\",\"objectId\":\"%s\"".formatted(type, id);
    eventually(
        type + " " + id + " in sync on the switch",
        () ->
            send("GET", "/api/switch/status?state=IN_SYNC&target=kamailio&limit=1000", null, null)
                    .body()
                    .contains(object)
                ? Boolean.TRUE
                : null);
  }

  /** The answered call to {@code number} in {@code GET /api/switch/calls}, or null. */
  JsonNode answered(String number) {
    for (JsonNode c : call(200, "GET", "/api/switch/calls", null)) {
      if (c.get("to").asString().equals(number) && c.get("state").asString().equals("ANSWERED")) {
        return c;
      }
    }
    return null;
  }

  /** Hangs a call up with {@code DELETE /api/switch/calls/{id}}. */
  void hangUp(JsonNode call) {
    call(200, "DELETE", "/api/switch/calls/" + call.get("id").asString(), null);
  }
}
