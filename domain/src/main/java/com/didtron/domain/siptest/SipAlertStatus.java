package com.didtron.domain.siptest;

/** A carrier alert is OPEN until a rule clears it (CLEARED, final). */
public enum SipAlertStatus {
  OPEN,
  CLEARED
}
