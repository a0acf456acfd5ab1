package com.didtron.activities.switchsync.kamailio;

import com.didtron.activities.switchsync.ActiveCall;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads Kamailio's {@code dlg.list} result (dialog vars set by docker/kamailio/kamailio.cfg). */
final class KamailioDialogs {
  private KamailioDialogs() {}

  static List<ActiveCall> parse(JsonNode result) {
    List<ActiveCall> calls = new ArrayList<>();
    for (JsonNode d : result) {
      calls.add(
          new ActiveCall(
              d.path("h_entry").asInt() + ":" + d.path("h_id").asInt(),
              d.path("call-id").asString(""),
              d.path("from_uri").asString(""),
              d.path("to_uri").asString(""),
              variable(d, "account"),
              variable(d, "gw"),
              d.path("state").asInt(),
              d.path("start_ts").asLong(),
              variable(d, "trunk")));
    }
    return calls;
  }

  /** {@code variables} is a list of one-entry objects: [{"account": "…"}, {"gw": "…"}]. */
  private static String variable(JsonNode dialog, String name) {
    for (JsonNode v : dialog.path("variables")) {
      if (v.has(name)) {
        return v.path(name).asString("");
      }
    }
    return "";
  }
}
