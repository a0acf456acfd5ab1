package com.didtron.activities.outbound;

import com.didtron.activities.Facade;
import com.didtron.domain.outbound.Cidr;
import com.didtron.domain.outbound.OutboundAddresses;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Checks hosts that staff enter for the platform to call (alert webhooks, carriers' SIP targets):
 * the name is resolved and every address must be public, or inside a range of the {@code
 * didtron.outbound.allow} setting (comma-separated CIDR list, empty by default). Called when the
 * host is saved and again right before the platform connects, so a name that later resolves to an
 * internal address is caught too.
 */
@Service
@Facade
public class OutboundGuard {
  private final List<Cidr> allow;

  public OutboundGuard(@Value("${didtron.outbound.allow:}") String allowList) {
    try {
      this.allow = OutboundAddresses.parseAllowList(allowList);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("didtron.outbound.allow: " + e.getMessage(), e);
    }
  }

  /** Why the platform may not call {@code host}, or empty when it may. */
  public Optional<String> hostRefusal(String host) {
    if (host == null || host.isBlank()) {
      return Optional.of("A host is required");
    }
    String bare = host.strip();
    if (bare.startsWith("[") && bare.endsWith("]")) {
      bare = bare.substring(1, bare.length() - 1);
    }
    return OutboundAddresses.refusal(bare, resolve(bare), allow);
  }

  /** The same check for the host of an http(s) URL. */
  public Optional<String> urlRefusal(String url) {
    String host;
    try {
      host = URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return Optional.of("Not a valid URL");
    }
    return host == null ? Optional.of("The URL names no host") : hostRefusal(host);
  }

  private static List<InetAddress> resolve(String host) {
    try {
      return Arrays.asList(InetAddress.getAllByName(host));
    } catch (UnknownHostException | SecurityException e) {
      return List.of();
    }
  }
}
