package com.didtron.activities.did;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the audit log keeps of a number. */
final class InventorySnapshot {
  private InventorySnapshot() {}

  static Map<String, Object> of(InventoryNumber n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("number", n.number());
    m.put("country", n.country());
    m.put("area", n.area());
    m.put("type", n.type().name());
    m.put("provider", n.provider());
    m.put("monthlyCost", n.monthlyCost().toPlainString());
    m.put("setupCost", n.setupCost().toPlainString());
    m.put("currency", n.currency());
    m.put("channels", n.channels());
    m.put("state", n.state().name());
    m.put("deleted", n.isDeleted());
    return m;
  }
}
