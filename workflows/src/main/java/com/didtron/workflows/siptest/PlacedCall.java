package com.didtron.workflows.siptest;

/** How a stored test call ended: the result name (ANSWERED, BUSY, ...) and the final SIP code. */
public record PlacedCall(String result, int sipCode) {
  public boolean answered() {
    return "ANSWERED".equals(result);
  }
}
