package com.didtron.activities.switchsync.connexcs;

import com.didtron.activities.switchsync.BreakoutQuery;
import com.didtron.activities.switchsync.BreakoutRow;
import com.didtron.activities.switchsync.SwitchUnreadable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Breakout statistics through {@code GET breakout-aggrid}, grouped by customer, carrier and both
 * destinations with the switch's own aggregates (as ConnexCS's own tools ask), {@value #PAGE} rows
 * per request.
 */
final class ConnexCsBreakout {
  static final int PAGE = 10_000;
  static final List<String> GROUPS =
      List.of("customer_id", "provider_id", "customer_card_dest_name", "provider_card_dest_name");
  static final List<String[]> VALUES =
      List.of(
          new String[] {"attempts", "sum"},
          new String[] {"connected", "sum"},
          new String[] {"duration", "sum"},
          new String[] {"customer_charge", "sum"},
          new String[] {"provider_charge", "sum"},
          new String[] {"acd", "avg"},
          new String[] {"asr", "avg"},
          new String[] {"account_profit", "sum"},
          new String[] {"account_profit_percent", "avg"});

  private final ConnexCsClient client;

  ConnexCsBreakout(ConnexCsClient client) {
    this.client = client;
  }

  List<BreakoutRow> pull(BreakoutQuery q) {
    List<BreakoutRow> out = new ArrayList<>();
    for (int start = 0; ; start += PAGE) {
      List<JsonNode> rows = ConnexCsJson.rows(client.get("breakout-aggrid?" + params(q, start)));
      for (JsonNode row : rows) {
        out.add(row(row));
      }
      if (rows.size() < PAGE) {
        return out;
      }
    }
  }

  static String params(BreakoutQuery q, int start) {
    StringBuilder p = new StringBuilder("s=");
    add(p, "_startRow", String.valueOf(start));
    add(p, "_endRow", String.valueOf(start + PAGE));
    for (int i = 0; i < GROUPS.size(); i++) {
      for (String part : List.of("id", "displayName", "field")) {
        add(p, "_rowGroupCols[" + i + "][" + part + "]", GROUPS.get(i));
      }
    }
    for (int i = 0; i < VALUES.size(); i++) {
      String[] v = VALUES.get(i);
      add(p, "_valueCols[" + i + "][id]", v[0]);
      add(p, "_valueCols[" + i + "][aggFunc]", v[1]);
      add(p, "_valueCols[" + i + "][displayName]", v[0]);
      add(p, "_valueCols[" + i + "][field]", v[0]);
    }
    add(p, "_filterModel[dt][type]", "inRange");
    add(p, "_filterModel[dt][filter]", q.from() + " 00:00:00");
    add(p, "_filterModel[dt][filterTo]", q.to() + " 23:59:59");
    if (q.customerId() != null) {
      add(p, "_filterModel[customer_id][type]", "equals");
      add(p, "_filterModel[customer_id][filter]", q.customerId());
    }
    add(p, "_pivotMode", "false");
    return p.toString();
  }

  private static void add(StringBuilder p, String name, String value) {
    p.append('&').append(enc(name)).append('=').append(enc(value));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static BreakoutRow row(JsonNode r) {
    try {
      return new BreakoutRow(
          ConnexCsJson.text(r, "customer_id"),
          ConnexCsJson.text(r, "provider_id"),
          ConnexCsJson.text(r, "customer_card_dest_name"),
          ConnexCsJson.text(r, "provider_card_dest_name"),
          count(r, "attempts"),
          count(r, "connected"),
          ConnexCsJson.decimalOrZero(r, "duration"),
          ConnexCsJson.decimalOrZero(r, "customer_charge"),
          ConnexCsJson.decimalOrZero(r, "provider_charge"),
          ConnexCsJson.decimalOrZero(r, "acd"),
          ConnexCsJson.decimalOrZero(r, "asr"),
          ConnexCsJson.decimalOrZero(r, "account_profit"),
          ConnexCsJson.decimalOrZero(r, "account_profit_percent"));
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new SwitchUnreadable("A ConnexCS breakout row cannot be read: " + e.getMessage(), e);
    }
  }

  private static long count(JsonNode r, String field) {
    BigDecimal d = ConnexCsJson.decimalOrZero(r, field);
    return d.longValueExact();
  }
}
