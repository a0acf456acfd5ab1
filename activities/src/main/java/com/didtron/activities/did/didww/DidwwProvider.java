package com.didtron.activities.did.didww;

import com.didtron.activities.did.DidProvider;
import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.did.NumberType;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * DIDWW's API v3 (JSON:API) behind {@link DidProvider}, following DIDWW's documented flow for
 * buying an available number: the country by ISO code ({@code GET countries}), the DID group type
 * ({@code GET did_group_types}), the DID groups of both with their stock keeping units ({@code GET
 * did_groups ... include=stock_keeping_units}), then the available numbers of each group ({@code
 * GET available_dids}). An order buys one available DID with the group's cheapest SKU ({@code POST
 * orders}); a release terminates the DID ({@code PATCH dids/{id}}); requirements come from {@code
 * GET requirements}.
 */
final class DidwwProvider implements DidProvider {
  static final String CODE = "didww";
  private static final Map<NumberType, String> GROUP_TYPES =
      Map.of(
          NumberType.GEOGRAPHIC, "Local",
          NumberType.MOBILE, "Mobile",
          NumberType.TOLL_FREE, "Toll-free",
          NumberType.NATIONAL, "National");

  private final DidwwSettings settings;
  private final DidwwHttp http;

  DidwwProvider(DidwwSettings settings, DidwwHttp http) {
    this.settings = settings;
    this.http = http;
  }

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public boolean enabled() {
    return settings.enabled();
  }

  @Override
  public List<ProviderNumber> search(Query q) {
    String country = countryId(q.country());
    String groupType = groupTypeId(q.type());
    StringBuilder groups =
        new StringBuilder("did_groups?" + filter("country.id"))
            .append(enc(country))
            .append("&" + filter("did_group_type.id"))
            .append(enc(groupType))
            .append("&include=stock_keeping_units");
    if (q.area() != null && !q.area().isBlank()) {
      groups.append("&" + filter("area_name")).append(enc(q.area().strip()));
    }
    JsonNode answer = http.get(groups.toString());
    Map<String, JsonNode> skus = included(answer, "stock_keeping_units");
    List<ProviderNumber> found = new ArrayList<>();
    for (JsonNode group : answer.path("data")) {
      if (found.size() >= q.limit()) {
        break;
      }
      JsonNode sku = cheapest(group, skus);
      if (sku == null) {
        continue;
      }
      String available =
          "available_dids?" + filter("did_group.id") + enc(group.path("id").asString());
      if (q.contains() != null && !q.contains().isBlank()) {
        available += "&" + filter("number_contains") + enc(q.contains());
      }
      for (JsonNode did : http.get(available).path("data")) {
        if (found.size() >= q.limit()) {
          break;
        }
        found.add(number(q, group, sku, did));
      }
    }
    return found;
  }

  private ProviderNumber number(Query q, JsonNode group, JsonNode sku, JsonNode did) {
    JsonNode price = sku.path("attributes");
    return new ProviderNumber(
        did.path("attributes").path("number").asString(),
        q.country(),
        group.path("attributes").path("area_name").asString(""),
        q.type(),
        new BigDecimal(price.path("monthly_price").asString("0")),
        new BigDecimal(price.path("setup_price").asString("0")),
        settings.currency(),
        Math.max(1, price.path("channels_included_count").asInt(1)),
        did.path("id").asString() + ":" + sku.path("id").asString());
  }

  @Override
  public Ordered order(ProviderNumber number) {
    String[] ref = number.ref().split(":", 2);
    if (ref.length != 2) {
      throw new Failure("Not a DIDWW available number: " + number.ref(), false, null);
    }
    Map<String, Object> item =
        Map.of(
            "type",
            "did_order_items",
            "attributes",
            Map.of("available_did_id", ref[0], "sku_id", ref[1]));
    Map<String, Object> body =
        Map.of(
            "data",
            Map.of(
                "type",
                "orders",
                "attributes",
                Map.of("allow_back_ordering", false, "items", List.of(item))));
    JsonNode order = http.send("POST", "orders", body).path("data");
    return new Ordered(
        order.path("id").asString(), order.path("attributes").path("status").asString(""));
  }

  @Override
  public void release(String number) {
    for (JsonNode did : http.get("dids?" + filter("number") + enc(number)).path("data")) {
      if (did.path("attributes").path("terminated").asBoolean(false)) {
        continue;
      }
      String id = did.path("id").asString();
      http.send(
          "PATCH",
          "dids/" + enc(id),
          Map.of(
              "data", Map.of("id", id, "type", "dids", "attributes", Map.of("terminated", true))));
    }
  }

  @Override
  public List<DidRequirement> requirements(String country, NumberType type) {
    JsonNode answer =
        http.get(
            "requirements?"
                + filter("country.id")
                + enc(countryId(country))
                + "&"
                + filter("did_group_type.id")
                + enc(groupTypeId(type)));
    List<DidRequirement> out = new ArrayList<>();
    for (JsonNode r : answer.path("data")) {
      out.addAll(DidwwRequirements.of(type, r.path("attributes")));
    }
    return out.stream().distinct().toList();
  }

  private String countryId(String iso) {
    JsonNode data = http.get("countries?" + filter("iso") + enc(iso)).path("data");
    if (data.isEmpty()) {
      throw new Failure("DIDWW has no country " + iso, false, null);
    }
    return data.path(0).path("id").asString();
  }

  private String groupTypeId(NumberType type) {
    String name = GROUP_TYPES.get(type);
    for (JsonNode t : http.get("did_group_types").path("data")) {
      if (name.equalsIgnoreCase(t.path("attributes").path("name").asString(""))) {
        return t.path("id").asString();
      }
    }
    throw new Failure("DIDWW has no DID group type " + name, false, null);
  }

  /** The group's SKU with the fewest included channels (the plain number). */
  private static JsonNode cheapest(JsonNode group, Map<String, JsonNode> skus) {
    JsonNode best = null;
    for (JsonNode ref : group.path("relationships").path("stock_keeping_units").path("data")) {
      JsonNode sku = skus.get(ref.path("id").asString());
      if (sku != null
          && (best == null
              || sku.path("attributes").path("channels_included_count").asInt()
                  < best.path("attributes").path("channels_included_count").asInt())) {
        best = sku;
      }
    }
    return best;
  }

  private static Map<String, JsonNode> included(JsonNode answer, String type) {
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode n : answer.path("included")) {
      if (type.equals(n.path("type").asString())) {
        byId.put(n.path("id").asString(), n);
      }
    }
    return byId;
  }

  /** A JSON:API filter parameter with its brackets encoded (java.net.URI refuses raw ones). */
  private static String filter(String name) {
    return "filter%5B" + name + "%5D=";
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
