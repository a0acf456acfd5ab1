package com.didtron.domain.trunk;

/** Whether the switch may carry calls over a trunk. */
public enum TrunkStatus {
  ACTIVE,
  DISABLED
}
