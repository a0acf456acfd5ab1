package com.didtron.activities.siptest;

import java.util.UUID;

/**
 * A carrier's SIP test target as stored (the password never leaves the activities module except
 * into the user agent: {@link #hasCredentials()} is what screens show).
 */
public record SipTarget(
    UUID carrierId,
    String carrierName,
    String host,
    int port,
    String authUser,
    String authPassword,
    String probeNumber,
    boolean monitored,
    int version) {

  public boolean hasCredentials() {
    return authUser != null;
  }

  /** host:port. */
  public String address() {
    return host + ":" + port;
  }

  @Override
  public String toString() {
    return "SipTarget["
        + carrierName
        + " "
        + address()
        + (authUser == null ? "" : " user=" + authUser)
        + "]";
  }
}
