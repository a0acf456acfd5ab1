package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.trunk.TrunkDirection;
import com.didtron.domain.trunk.TrunkStatus;
import java.util.Objects;

/**
 * A trunk's address as a hosted switch must know it: the IP authentication of a customer (the
 * source its calls come from) or of a carrier (where its calls go), with the trunk's limits and
 * number translation.
 *
 * @param switchId the switch's id of this address, or null to create it
 * @param companyId the switch's id of the trunk's customer or carrier
 * @param host the IP, CIDR block or host name, without the port
 * @param port the port, or null for the switch's default
 * @param maxChannels concurrent calls, or null for unlimited
 * @param maxCps call attempts per second, or null for unlimited
 */
@Facade
public record SwitchTrunk(
    String switchId,
    String companyId,
    TrunkDirection direction,
    String host,
    Integer port,
    String transport,
    String techPrefix,
    int strip,
    String prepend,
    Integer maxChannels,
    Integer maxCps,
    boolean enabled) {
  public SwitchTrunk {
    Objects.requireNonNull(companyId, "companyId");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(transport, "transport");
  }

  /**
   * The address of a trunk that has one (a digest-only ingress trunk has none: null); the port is
   * split off a {@code host:port}, {@code IPv4:port} or {@code [IPv6]:port} address.
   */
  public static SwitchTrunk of(String switchId, String companyId, Trunk t) {
    if (t.address() == null || t.address().isBlank()) {
      return null;
    }
    String address = t.address().strip();
    String host = address;
    Integer port = null;
    if (address.startsWith("[")) {
      int close = address.indexOf(']');
      host = address.substring(1, close);
      if (address.length() > close + 2 && address.charAt(close + 1) == ':') {
        port = Integer.valueOf(address.substring(close + 2));
      }
    } else if (address.indexOf(':') > 0 && address.indexOf(':') == address.lastIndexOf(':')) {
      host = address.substring(0, address.indexOf(':'));
      port = Integer.valueOf(address.substring(address.indexOf(':') + 1));
    }
    return new SwitchTrunk(
        switchId,
        companyId,
        t.direction(),
        host,
        port,
        t.transport() == null ? "UDP" : t.transport().name(),
        t.techPrefix(),
        t.strip(),
        t.prepend(),
        t.maxChannels(),
        t.maxCps(),
        t.status() == TrunkStatus.ACTIVE);
  }
}
