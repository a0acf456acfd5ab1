package com.didtron.activities.segment;

import com.didtron.domain.segment.CustomerCategory;
import com.didtron.domain.segment.CustomerGroup;
import com.didtron.domain.segment.Segment;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the audit log keeps of categories, groups and placements. */
final class SegmentSnapshots {
  private SegmentSnapshots() {}

  static Map<String, Object> of(CustomerCategory c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", c.code());
    m.put("name", c.name());
    m.put("billingMode", c.billingMode().name());
    m.put("creditLimit", c.creditLimit().toPlainString());
    m.put("currency", c.currency() == null ? null : c.currency().code());
    m.put("selfSignup", c.selfSignup());
    return m;
  }

  static Map<String, Object> of(CustomerGroup g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("categoryId", g.categoryId().toString());
    m.put("code", g.code());
    m.put("name", g.name());
    return m;
  }

  static Map<String, Object> of(Segment s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("categoryId", s.categoryId().toString());
    m.put("groupId", s.groupId() == null ? null : s.groupId().toString());
    return m;
  }
}
