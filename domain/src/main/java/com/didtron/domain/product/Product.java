package com.didtron.domain.product;

/**
 * What the customer portal and API offer, each of which a brand may show to some customers only
 * (table {@code product_visibility}; docs/onboarding.md).
 */
public enum Product {
  /** Voice termination: the customer's trunks and rates. */
  VOICE("Voice"),
  /** The customer's calls in progress on the switch, which it may hang up. */
  LIVE_CALLS("Live calls"),
  /** Phone numbers (DIDs): search, buy and manage. */
  DIDS("Numbers (DIDs)"),
  /** Test calls and monitoring of SIP targets. */
  SIP_TESTER("SIP tester");

  private final String label;

  Product(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
