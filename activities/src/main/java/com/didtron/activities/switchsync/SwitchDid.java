package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;

/**
 * A DID on the switch and whom it belongs to (both cards must be origination cards).
 *
 * @param didId the switch's id, or null to create the DID
 * @param number the DID in E.164 digits
 * @param customerId the switch's customer id, or null while unassigned
 * @param destination where the switch sends the number's calls (a SIP URI), or null
 */
@Facade
public record SwitchDid(
    String didId,
    String number,
    String customerId,
    String customerCardId,
    String carrierId,
    String carrierCardId,
    boolean enabled,
    String destination) {
  /** A DID without a destination. */
  public SwitchDid(
      String didId,
      String number,
      String customerId,
      String customerCardId,
      String carrierId,
      String carrierCardId,
      boolean enabled) {
    this(didId, number, customerId, customerCardId, carrierId, carrierCardId, enabled, null);
  }

  public SwitchDid {
    if (number == null || !number.matches("[0-9]{3,20}")) {
      throw new IllegalArgumentException("A DID is 3 to 20 digits: " + number);
    }
  }

  /** Whether the switch already has this DID. */
  public boolean exists() {
    return didId != null;
  }
}
