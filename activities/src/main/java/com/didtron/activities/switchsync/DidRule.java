package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;

/**
 * What the switch does with a call to one of an account's numbers: relay it to {@code
 * destinationUri}, ringing at most {@code ringTimeoutSeconds}, then to {@code failoverUri} (when
 * set) if the destination fails or does not answer; refuse it (403 "Number suspended") while
 * suspended.
 *
 * @param number the DID in E.164 digits (the request URI's user as carriers send it)
 */
@Facade
public record DidRule(
    String number,
    String destinationUri,
    String failoverUri,
    int ringTimeoutSeconds,
    boolean suspended) {
  public DidRule {
    if (number == null || !number.matches("[0-9]{3,20}")) {
      throw new IllegalArgumentException("A DID is 3 to 20 digits: " + number);
    }
    if (destinationUri == null || !destinationUri.matches("sips?:[^\\s\"'\\\\]{1,295}")) {
      throw new IllegalArgumentException("not a SIP URI: " + destinationUri);
    }
    if (failoverUri != null
        && !failoverUri.isBlank()
        && !failoverUri.matches("sips?:[^\\s\"'\\\\]{1,295}")) {
      throw new IllegalArgumentException("not a SIP URI: " + failoverUri);
    }
    if (ringTimeoutSeconds < 5 || ringTimeoutSeconds > 300) {
      throw new IllegalArgumentException("ring timeout 5..300 s: " + ringTimeoutSeconds);
    }
  }
}
