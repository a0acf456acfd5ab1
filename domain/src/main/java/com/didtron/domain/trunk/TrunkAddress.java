package com.didtron.domain.trunk;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The address rules of trunks, without any DNS lookup: a carrier's egress trunk is {@code
 * host:port}, an IPv4 address with an optional port, or an IPv6 address ({@code [addr]:port} with a
 * port); a customer's ingress trunk is an IPv4 or IPv6 address or CIDR block. Ports are 1..65535; a
 * CIDR is at least /8 (IPv4) or /32 (IPv6), so one trunk can never claim a large part of the
 * internet.
 */
public final class TrunkAddress {
  static final int MIN_IPV4_PREFIX = 8;
  static final int MIN_IPV6_PREFIX = 32;
  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
  private static final Pattern HOST =
      Pattern.compile(
          "(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
  private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]*)\\](?::(\\d{1,5}))?");

  private TrunkAddress() {}

  /** Why an egress address is not {@code host:port} or {@code IP[:port]}, or empty when it is. */
  public static Optional<String> egressProblem(String address) {
    String a = address.strip();
    Matcher bracketed = BRACKETED.matcher(a);
    if (bracketed.matches()) {
      return isIpv6(bracketed.group(1))
          ? portProblem(bracketed.group(2), false)
          : Optional.of("Not an IPv6 address in brackets");
    }
    if (isIpv6(a)) {
      return Optional.empty();
    }
    int colon = a.lastIndexOf(':');
    String host = colon < 0 ? a : a.substring(0, colon);
    String port = colon < 0 ? null : a.substring(colon + 1);
    if (isIpv4(host)) {
      return portProblem(port, false);
    }
    if (IPV4_LIKE.matcher(host).matches()) {
      return Optional.of("Not a valid IPv4 address (each part 0..255)");
    }
    if (!HOST.matcher(host).matches()) {
      return Optional.of(
          "Use host:port or an IP address with an optional port, e.g. sip.carrier.example:5060");
    }
    return portProblem(port, true);
  }

  private static final Pattern IPV4_LIKE = Pattern.compile("[0-9.]+");

  /** Why an ingress address is not an IP address or CIDR block, or empty when it is. */
  public static Optional<String> ingressProblem(String address) {
    String a = address.strip();
    int slash = a.indexOf('/');
    String ip = slash < 0 ? a : a.substring(0, slash);
    boolean v4 = isIpv4(ip);
    if (!v4 && !isIpv6(ip)) {
      return Optional.of(
          "Use an IPv4 or IPv6 address or CIDR block, e.g. 203.0.113.10 or 203.0.113.0/24");
    }
    if (slash < 0) {
      return Optional.empty();
    }
    String prefix = a.substring(slash + 1);
    int max = v4 ? 32 : 128;
    int min = v4 ? MIN_IPV4_PREFIX : MIN_IPV6_PREFIX;
    if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > max) {
      return Optional.of("The prefix length after / must be 0.." + max);
    }
    if (Integer.parseInt(prefix) < min) {
      return Optional.of("A block wider than /" + min + " is refused");
    }
    return Optional.empty();
  }

  private static Optional<String> portProblem(String port, boolean required) {
    if (port == null) {
      return required
          ? Optional.of("A host name needs a port, e.g. sip.carrier.example:5060")
          : Optional.empty();
    }
    if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
      return Optional.of("The port must be 1..65535");
    }
    return Optional.empty();
  }

  static boolean isIpv4(String s) {
    Matcher m = IPV4.matcher(s);
    if (!m.matches()) {
      return false;
    }
    for (int i = 1; i <= 4; i++) {
      if (Integer.parseInt(m.group(i)) > 255) {
        return false;
      }
    }
    return true;
  }

  /** A literal IPv6 address; the character check keeps InetAddress from ever resolving a name. */
  static boolean isIpv6(String s) {
    if (!IPV6_CHARS.matcher(s).matches() || s.indexOf(':') < 0) {
      return false;
    }
    try {
      return InetAddress.getByName(s) instanceof Inet6Address;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
