package com.didtron.sip.ua;

import java.time.Duration;
import java.util.Objects;

/**
 * One test call to place.
 *
 * @param to whom to call: {@code sip:NUMBER@HOST:PORT}
 * @param from the caller identity, or null for {@code sip:didtron@<local address>}
 * @param hold how long to keep an answered call up before hanging up
 * @param credentials digest credentials if the far end challenges, or null
 * @param ringTimeout after this long without an answer the call is cancelled (NO_ANSWER)
 * @param responseTimeout without any response in this time the call ends as TIMEOUT
 * @param media whether to offer audio, send the test tone and measure the received media
 */
public record CallRequest(
    SipUri to,
    SipUri from,
    Duration hold,
    Credentials credentials,
    Duration ringTimeout,
    Duration responseTimeout,
    boolean media) {
  public static final Duration DEFAULT_RING_TIMEOUT = Duration.ofSeconds(60);
  public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(8);

  public CallRequest {
    Objects.requireNonNull(to, "to");
    hold = hold == null ? Duration.ZERO : hold;
    ringTimeout = ringTimeout == null ? DEFAULT_RING_TIMEOUT : ringTimeout;
    responseTimeout = responseTimeout == null ? DEFAULT_RESPONSE_TIMEOUT : responseTimeout;
    if (hold.isNegative() || !ringTimeout.isPositive() || !responseTimeout.isPositive()) {
      throw new IllegalArgumentException("hold must be >= 0, timeouts > 0");
    }
  }

  /** A call to {@code to} with media, no hold and the default timeouts. */
  public static CallRequest to(SipUri to) {
    return new CallRequest(to, null, Duration.ZERO, null, null, null, true);
  }

  public CallRequest withFrom(SipUri value) {
    return new CallRequest(to, value, hold, credentials, ringTimeout, responseTimeout, media);
  }

  public CallRequest withHold(Duration value) {
    return new CallRequest(to, from, value, credentials, ringTimeout, responseTimeout, media);
  }

  public CallRequest withCredentials(Credentials value) {
    return new CallRequest(to, from, hold, value, ringTimeout, responseTimeout, media);
  }

  public CallRequest withRingTimeout(Duration value) {
    return new CallRequest(to, from, hold, credentials, value, responseTimeout, media);
  }

  public CallRequest withResponseTimeout(Duration value) {
    return new CallRequest(to, from, hold, credentials, ringTimeout, value, media);
  }

  public CallRequest withMedia(boolean value) {
    return new CallRequest(to, from, hold, credentials, ringTimeout, responseTimeout, value);
  }
}
