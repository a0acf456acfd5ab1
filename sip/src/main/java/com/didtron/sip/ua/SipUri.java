package com.didtron.sip.ua;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SIP URI as the tester uses it: {@code sip:[USER@]HOST[:PORT]} (URI parameters are accepted and
 * ignored). The port defaults to 5060.
 *
 * @param user the user part (the dialled number), or null
 */
public record SipUri(String user, String host, int port) {
  public static final int DEFAULT_PORT = 5060;
  private static final Pattern URI =
      Pattern.compile(
          "sip:(?:([^@;:?\\s]+)@)?(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)(?::([0-9]{1,5}))?(?:[;?].*)?");

  public SipUri {
    if (host == null || host.isBlank()) {
      throw new InvalidSipUriException("a SIP URI needs a host");
    }
    if (port < 1 || port > 65535) {
      throw new InvalidSipUriException("port out of range 1-65535: " + port);
    }
  }

  /**
   * Parses {@code text}.
   *
   * @throws InvalidSipUriException with a message that says what was expected
   */
  public static SipUri parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidSipUriException("empty SIP URI (expected sip:[NUMBER@]HOST[:PORT])");
    }
    Matcher m = URI.matcher(text.strip());
    if (!m.matches()) {
      throw new InvalidSipUriException(
          "not a SIP URI (expected sip:[NUMBER@]HOST[:PORT]): " + text.strip());
    }
    int port = DEFAULT_PORT;
    if (m.group(3) != null) {
      port = Integer.parseInt(m.group(3));
      if (port < 1 || port > 65535) {
        throw new InvalidSipUriException("port out of range 1-65535 in SIP URI " + text.strip());
      }
    }
    String host =
        m.group(2).startsWith("[") ? m.group(2).substring(1, m.group(2).length() - 1) : m.group(2);
    return new SipUri(m.group(1), host, port);
  }

  /** The same URI with another user part. */
  public SipUri withUser(String newUser) {
    return new SipUri(newUser, host, port);
  }

  /** host:port, with brackets around an IPv6 address. */
  public String hostPort() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  @Override
  public String toString() {
    return "sip:" + (user == null ? "" : user + "@") + hostPort();
  }

  /** A string that is not a usable SIP URI. */
  public static final class InvalidSipUriException extends IllegalArgumentException {
    public InvalidSipUriException(String message) {
      super(message);
    }
  }
}
