package com.didtron.it;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.ratedeck.RateCard;
import com.didtron.activities.ratedeck.RateCardVersion;
import com.didtron.activities.testing.FakeSwitchRpc;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import com.didtron.rating.deck.ImportMode;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.Route;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hostile customer, a hostile carrier, a finance user of another brand and an outsider are played
 * against every REST endpoint the OpenAPI document lists and every portal route the portal has.
 * Each attack aims at a victim's records (a customer with a sell deck and a payment, a carrier with
 * a buy deck); whatever the answer, it never carries the victim's data, never a stack trace or SQL,
 * never a 5xx, never a success on the victim's records, and the victim's money stays where it was.
 */
class HostileIT extends BrowserlessViewsIT {
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

  /**
   * What an error answer must never show: traces, class names of the platform or its libraries,
   * SQL.
   */
  private static final List<String> INTERNALS =
      List.of(
          "Exception",
          "\tat ",
          "at com.didtron",
          "org.jooq",
          "org.postgresql",
          "java.lang",
          "SQLState",
          "select ",
          "SELECT ",
          "stack");

  private static Victim victim;
  private static Map<String, String> attackers;
  private FakeSwitchRpc switchRpc;

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired RatingFixtures rating;
  @Autowired ApiKeyService keys;
  @Autowired JsonMapper json;

  /** The records under attack and the attackers' keys, made once for all tests of this class. */
  record Victim(
      Account customer,
      Account carrier,
      RateCard sellCard,
      RateCardVersion sellVersion,
      RateCard buyCard,
      String paymentId,
      String balanceBefore,
      List<String> secrets) {}

  @BeforeEach
  void victimAndAttackers() throws Exception {
    if (victim != null) {
      return;
    }
    Actor admin = admin();
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Account customer = rating.account(admin, "Victim-" + tag, AccountKind.CUSTOMER, "USD");
    Account carrier = rating.account(admin, "VictimCarrier-" + tag, AccountKind.CARRIER, "USD");
    RateCard sell = rating.card(admin, customer, DeckSide.SELL);
    RateCardVersion sellVersion =
        rating.activate(
            admin,
            sell,
            ImportMode.REPLACE,
            RatingFixtures.HEADER
                + "4930,VictimLand-"
                + tag
                + ",0.0123,0,60,60,2020-01-01T00:00:00Z,\n");
    RateCard buy = rating.card(admin, carrier, DeckSide.BUY);
    rating.activate(
        admin,
        buy,
        ImportMode.REPLACE,
        RatingFixtures.HEADER
            + "4930,VictimSupplier-"
            + tag
            + ",0.0071,0,60,60,2020-01-01T00:00:00Z,\n");
    String adminKey = keys.create(admin, "hostile-admin").secret();
    HttpResponse<String> paid =
        api(
            "POST",
            "/api/top-ups",
            adminKey,
            "application/json",
            """
        {"accountId":"%s","amount":"42.17","currency":"USD","reason":"VictimWire-%s"}"""
                .formatted(customer.id(), tag));
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
    String balance =
        api("GET", "/api/accounts/" + customer.id() + "/balance", adminKey, null, null).body();
    victim =
        new Victim(
            customer,
            carrier,
            sell,
            sellVersion,
            buy,
            json.readTree(paid.body()).get("id").asString(),
            balance,
            List.of(
                customer.name(),
                carrier.name(),
                "VictimLand-" + tag,
                "VictimSupplier-" + tag,
                "VictimWire-" + tag,
                "0.0071"));

    Account ownCustomer = fixtures.account(admin, Fixtures.unique("Attacker"));
    Account ownCarrier =
        rating.account(admin, Fixtures.unique("AttackerCarrier"), AccountKind.CARRIER, "USD");
    TenantId otherBrand = fixtures.tenant(Fixtures.unique("hostile").toLowerCase());
    attackers = new LinkedHashMap<>();
    attackers.put("customer", fixtures.portalUser(admin, ownCustomer, Role.CUSTOMER));
    attackers.put("carrier", fixtures.portalUser(admin, ownCarrier, Role.CARRIER));
    attackers.put(
        "finance of another brand", fixtures.staffUser(admin.inTenant(otherBrand), Role.FINANCE));
  }

  /**
   * The victim's call in progress on the switch (its customer and carrier in call id and gateway).
   */
  private static FakeSwitchRpc.Dialog victimCall() {
    return new FakeSwitchRpc.Dialog(
        91001,
        91002,
        victim.customer().name() + "-call",
        "victim",
        "4930123456",
        victim.customer().id().toString(),
        "victim-trunk",
        "gw-" + victim.carrier().name(),
        4,
        1_700_000_000L);
  }

  @BeforeEach
  void victimsCallOnTheSwitch() throws Exception {
    victimAndAttackers();
    switchRpc = FakeSwitchRpc.running(victimCall());
  }

  @AfterEach
  void switchGone() {
    switchRpc.close();
  }

  @Test
  void noRestEndpointGivesAnAttackerTheVictimsDataOrAnythingInternal() throws Exception {
    List<Operation> operations = operations();
    assertThat(operations).as("the OpenAPI document lists the REST API").hasSizeGreaterThan(20);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> attacker : attackers.entrySet()) {
      String key = keys.create(actorOf(attacker.getValue()), "hostile").secret();
      for (Operation op : operations) {
        HttpResponse<String> r = api(op.method(), op.path(), key, op.contentType(), op.body());
        String who = attacker.getKey() + " " + op;
        checkNothingLeaks(who, r, problems);
        if (r.statusCode() == 401) {
          // a valid key never answers 401: that is a server error forwarded to the secured error
          // page
          problems.add(who + " answered 401 to a valid key: " + shorten(r.body()));
        }
        if (r.statusCode() / 100 == 2 && (op.aimsAtVictim() || !op.method().equals("GET"))) {
          problems.add(who + " succeeded with " + r.statusCode() + ": " + shorten(r.body()));
        }
        if (op.body() != null) {
          HttpResponse<String> empty =
              api(
                  op.method(),
                  op.path(),
                  key,
                  op.contentType(),
                  op.contentType().contains("json") ? "{}" : "");
          checkNothingLeaks(who + " with an empty body", empty, problems);
          if (empty.statusCode() / 100 != 4) {
            problems.add(
                who
                    + " with an empty body answered "
                    + empty.statusCode()
                    + ": "
                    + shorten(empty.body()));
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(switchRpc.hangUpsOf(victimCall())).as("the victim's call still runs").isZero();
    assertThat(
            api(
                    "GET",
                    "/api/accounts/" + victim.customer().id() + "/balance",
                    keys.create(admin(), "check").secret(),
                    null,
                    null)
                .body())
        .isEqualTo(victim.balanceBefore());
  }

  @Test
  void anOutsiderGetsNothingButAnAuthenticationErrorAndWebhooksRefuseUnsignedCalls()
      throws Exception {
    List<String> problems = new ArrayList<>();
    for (Operation op : operations()) {
      for (String key : new String[] {null, "dtk_AAAAAAAA_forged", "not-a-key"}) {
        HttpResponse<String> r = api(op.method(), op.path(), key, op.contentType(), op.body());
        String who = "outsider(" + key + ") " + op;
        checkNothingLeaks(who, r, problems);
        boolean webhook = op.path().startsWith("/webhooks/");
        if (!webhook && r.statusCode() != 401) {
          problems.add(who + " answered " + r.statusCode() + " instead of 401");
        }
        if (webhook && r.statusCode() / 100 != 4) {
          problems.add(who + " answered " + r.statusCode() + " to an unsigned webhook");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void noPortalRouteShowsAnAttackerTheVictimsData() {
    List<String> problems = new ArrayList<>();
    List<String> paths = portalPaths();
    assertThat(paths).as("the portal's routes").hasSizeGreaterThan(25);
    for (Map.Entry<String, String> attacker : attackers.entrySet()) {
      signIn(attacker.getValue());
      for (String path : paths) {
        String seen;
        try {
          UI.getCurrent().navigate(path);
          if (UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
              .anyMatch(InternalServerError.class::isInstance)) {
            problems.add(attacker.getKey() + " gets an internal error page on /" + path);
            continue;
          }
          seen = visibleText();
        } catch (MockAccessDeniedException | RuntimeException refused) {
          // a refusal is fine; what it says is checked like any page
          seen = String.valueOf(refused.getMessage());
        }
        for (String secret : victim.secrets()) {
          if (seen.contains(secret)) {
            problems.add(attacker.getKey() + " sees '" + secret + "' on /" + path);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** Every route of the portal, with the victim's ids where a route takes one. */
  private List<String> portalPaths() {
    List<String> paths = new ArrayList<>();
    for (Class<? extends Component> view :
        new Routes().autoDiscoverViews("com.didtron.ui").getRoutes()) {
      Route route = view.getAnnotation(Route.class);
      if (route == null || route.value().equals("login")) {
        continue;
      }
      String path =
          route
              .value()
              .replace(":workflowId", "invoice-" + victim.customer().id() + "-2026-11")
              .replace(":runId", UUID.randomUUID().toString())
              .replace(":id", victim.customer().id().toString());
      if (HasUrlParameter.class.isAssignableFrom(view)) {
        String param =
            path.startsWith("rates")
                ? victim.sellCard().id().toString()
                : victim.customer().id().toString();
        paths.add(path + "/" + param);
      } else {
        paths.add(path);
      }
    }
    return paths;
  }

  /** The page's text and every row of its grids. */
  private static String visibleText() {
    StringBuilder text = new StringBuilder(UI.getCurrent().getElement().getTextRecursively());
    for (Grid<?> grid : _find(Grid.class)) {
      rows(grid).forEach(row -> text.append('\n').append(row));
    }
    return text.toString();
  }

  private void checkNothingLeaks(String who, HttpResponse<String> r, List<String> problems) {
    if (r.statusCode() / 100 == 3) {
      problems.add(
          who
              + " was redirected ("
              + r.headers().firstValue("Location").orElse("")
              + "): an API never redirects");
    }
    if (r.statusCode() >= 500) {
      problems.add(who + " answered " + r.statusCode() + ": " + shorten(r.body()));
    }
    String body = r.body() == null ? "" : r.body();
    for (String internal : INTERNALS) {
      if (r.statusCode() >= 400 && body.contains(internal)) {
        problems.add(who + " shows internals ('" + internal + "'): " + shorten(body));
      }
    }
    for (String secret : victim.secrets()) {
      if (body.contains(secret)) {
        problems.add(who + " leaks '" + secret + "'");
      }
    }
  }

  /**
   * One call of the REST API, as the OpenAPI document describes it, aimed at the victim: its path
   * parameters name the victim's records, an account filter names the victim (a list may then
   * answer, but only with the caller's own rows), a body names the victim's account.
   */
  record Operation(String method, String path, String template, String contentType, String body) {
    boolean aimsAtVictim() {
      return template.contains("{");
    }

    @Override
    public String toString() {
      return method + " " + template;
    }
  }

  private List<Operation> operations() throws Exception {
    String adminKey = keys.create(admin(), "openapi").secret();
    JsonNode doc = json.readTree(api("GET", "/v3/api-docs", adminKey, null, null).body());
    List<Operation> ops = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").properties().iterator();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
        ops.add(operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
      }
    }
    return ops;
  }

  private Operation operation(String method, String template, JsonNode spec) {
    Matcher m = PATH_PARAM.matcher(template);
    StringBuilder path = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(path, Matcher.quoteReplacement(victimId(template, m.group(1))));
    }
    m.appendTail(path);
    StringBuilder query = new StringBuilder();
    for (JsonNode p : spec.path("parameters")) {
      if ("query".equals(p.path("in").asString())
          && p.path("name").asString().toLowerCase().contains("account")) {
        query
            .append(query.isEmpty() ? '?' : '&')
            .append(p.path("name").asString())
            .append('=')
            .append(victim.customer().id());
      }
    }
    String type = null;
    String body = null;
    JsonNode content = spec.path("requestBody").path("content");
    if (!content.isMissingNode() && content.size() > 0) {
      type = content.properties().iterator().next().getKey();
      body =
          type.contains("json")
              ? """
          {"accountId":"%1$s","ownerId":"%1$s","side":"SELL","amount":"1","currency":"USD","reason":"hostile","name":"Hostile","kind":"CUSTOMER",
           "email":"hostile@example.test","role":"SUPER_ADMIN","roles":["SUPER_ADMIN"]}"""
                  .formatted(victim.customer().id())
              : RatingFixtures.HEADER + "4930,Hostile,0.5,0,60,60,2020-01-01T00:00:00Z,\n";
      if ("*/*".equals(type)) {
        type = "application/json";
      }
    }
    return new Operation(method, path + query.toString(), template, type, body);
  }

  /** The victim's record that a path parameter of {@code template} names. */
  private String victimId(String template, String param) {
    if (template.startsWith("/api/switch/calls")) {
      return victimCall().hangUpId();
    }
    if (template.startsWith("/api/rate-cards/versions")) {
      return victim.sellVersion().id().toString();
    }
    if (template.startsWith("/api/rate-cards")) {
      return victim.sellCard().id().toString();
    }
    if (template.startsWith("/api/payments")) {
      return victim.paymentId();
    }
    if (param.toLowerCase().contains("workflow")) {
      return "invoice-" + victim.customer().id() + "-2026-11";
    }
    return victim.customer().id().toString();
  }

  private HttpResponse<String> api(String method, String path, String key, String type, String body)
      throws Exception {
    return new ApiClient(port).text(method, path, key, type, body);
  }

  private static String shorten(String body) {
    return body == null || body.length() < 300 ? body : body.substring(0, 300) + "…";
  }
}
