package com.didtron.activities.trunk;

import com.didtron.domain.trunk.AccountLimits;
import com.didtron.domain.trunk.Trunk;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Trunks and limits as the audit log records them; a digest secret only as "set", never its value.
 */
final class TrunkSnapshot {
  private TrunkSnapshot() {}

  static Map<String, Object> of(Trunk t, boolean secretSet) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("account", t.accountId().toString());
    m.put("name", t.name());
    m.put("direction", t.direction().name());
    m.put("address", t.address());
    m.put("transport", t.transport().name());
    m.put("techPrefix", t.techPrefix());
    m.put("strip", t.strip());
    m.put("prepend", t.prepend());
    m.put("maxChannels", t.maxChannels());
    m.put("maxCps", t.maxCps());
    m.put("codecs", t.codecs());
    m.put("tier", t.tier() == null ? null : t.tier().name());
    m.put("username", t.username());
    m.put("digestSecret", secretSet ? "set" : null);
    m.put("status", t.status().name());
    m.put("deletedAt", t.deletedAt() == null ? null : t.deletedAt().toString());
    return m;
  }

  static Map<String, Object> of(AccountLimits l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("maxChannels", l.maxChannels());
    m.put("maxCps", l.maxCps());
    m.put("dailySpendCap", plain(l.dailySpendCap()));
    m.put("maxRatePerMinute", plain(l.maxRatePerMinute()));
    m.put("blockedPrefixes", l.blockedPrefixes());
    return m;
  }

  private static String plain(BigDecimal amount) {
    return amount == null ? null : amount.stripTrailingZeros().toPlainString();
  }
}
