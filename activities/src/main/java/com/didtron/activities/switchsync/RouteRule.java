package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;
import java.util.List;
import java.util.Objects;

/**
 * A prefix route: numbers starting with {@code prefix} (longest prefix wins) go to the gateways in
 * order (failover to the next on 5xx, 408 or no answer); {@code priority} breaks ties between rules
 * of the same prefix (higher first).
 */
@Facade
public record RouteRule(String prefix, int priority, List<String> gatewayKeys) {
  public RouteRule {
    Objects.requireNonNull(prefix, "prefix");
    if (!prefix.matches("[0-9#*+]{0,64}")) {
      throw new IllegalArgumentException("a route prefix holds only digits, #, * and +: " + prefix);
    }
    gatewayKeys = List.copyOf(gatewayKeys);
    if (gatewayKeys.isEmpty()) {
      throw new IllegalArgumentException("route " + prefix + " has no gateway");
    }
  }
}
