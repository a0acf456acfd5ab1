package com.didtron.domain.outbound;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where staff-entered webhooks and SIP targets may point: not at this machine, its link-local
 * neighbours (cloud metadata at 169.254.169.254) or private networks, unless an allow-list says so.
 * Every address a host name resolves to is checked, so a public name that also resolves to
 * 127.0.0.1 is refused.
 */
public final class OutboundAddresses {
  /** Loopback, link-local, private, shared (CGNAT), unspecified, multicast and reserved ranges. */
  static final List<Cidr> INTERNAL =
      List.of(
              "0.0.0.0/8",
              "10.0.0.0/8",
              "100.64.0.0/10",
              "127.0.0.0/8",
              "169.254.0.0/16",
              "172.16.0.0/12",
              "192.0.0.0/24",
              "192.168.0.0/16",
              "198.18.0.0/15",
              "224.0.0.0/4",
              "240.0.0.0/4",
              "::/128",
              "::1/128",
              "fc00::/7",
              "fe80::/10",
              "fec0::/10",
              "ff00::/8")
          .stream()
          .map(Cidr::parse)
          .toList();

  private OutboundAddresses() {}

  /**
   * Why {@code host} may not be called, or empty when it may.
   *
   * @param addresses every address the host resolves to (empty: it does not resolve)
   * @param allow ranges an operator allowed although internal ({@code didtron.outbound.allow})
   */
  public static Optional<String> refusal(
      String host, List<InetAddress> addresses, List<Cidr> allow) {
    if (addresses.isEmpty()) {
      return Optional.of(host + " does not resolve to any address");
    }
    for (InetAddress a : addresses) {
      if (isInternal(a) && allow.stream().noneMatch(c -> c.contains(a))) {
        String shown =
            a.getHostAddress().equals(host) ? host : host + " (" + a.getHostAddress() + ")";
        return Optional.of(
            shown
                + " is a loopback, link-local or private address; only public addresses"
                + " are allowed unless the operator allow-lists the range (didtron.outbound.allow)");
      }
    }
    return Optional.empty();
  }

  /** Whether an address lies in a range that never faces the public internet. */
  public static boolean isInternal(InetAddress address) {
    return address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()
        || INTERNAL.stream().anyMatch(c -> c.contains(address));
  }

  /** Parses a comma-separated allow-list; blank means none. */
  public static List<Cidr> parseAllowList(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(Cidr::parse)
        .toList();
  }
}
