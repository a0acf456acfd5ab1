package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * A source from which a customer's calls are accepted: an IPv4/IPv6 address with a prefix length
 * ({@code 203.0.113.0/24}), any source port when {@code port} is 0, and the ingress trunk it
 * belongs to.
 */
@Facade
public record CustomerAddress(String ip, int mask, int port, String trunkId) {
  public CustomerAddress {
    Objects.requireNonNull(ip, "ip");
    if (!ip.matches("[0-9a-fA-F:.]+") || !parses(ip)) {
      throw new IllegalArgumentException("not an IP address: " + ip);
    }
    int max = ip.contains(":") ? 128 : 32;
    if (mask < 0 || mask > max) {
      throw new IllegalArgumentException("prefix length must be 0.." + max + ", not " + mask);
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, not " + port);
    }
    if (trunkId != null && trunkId.length() > 64) {
      throw new IllegalArgumentException("trunk id longer than 64 characters");
    }
  }

  /** One address, any port. */
  public static CustomerAddress host(String ip, String trunkId) {
    return new CustomerAddress(ip, ip.contains(":") ? 128 : 32, 0, trunkId);
  }

  private static boolean parses(String ip) {
    try {
      InetAddress.getByName(ip);
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
