package com.didtron.rating.credit;

/** Why a call is refused, with the SIP status the switch answers. */
public enum Refusal {
  SUSPENDED(403, "account suspended"),
  BLOCKED(403, "account blocked"),
  UNKNOWN_ACCOUNT(403, "unknown account"),
  BLOCKED_PREFIX(403, "destination blocked"),
  NO_RATE(403, "no rate for the destination"),
  NO_FX_RATE(403, "no exchange rate from the rate deck's currency to the account's"),
  RATE_ABOVE_MAX(403, "rate above the account's maximum"),
  CHANNEL_LIMIT(403, "channel limit reached"),
  TRUNK_CHANNEL_LIMIT(403, "trunk channel limit reached"),
  CPS_LIMIT(403, "calls per second limit reached"),
  TRUNK_CPS_LIMIT(403, "trunk calls per second limit reached"),
  DAILY_CAP(402, "daily spend cap reached"),
  INSUFFICIENT_FUNDS(402, "insufficient funds");

  private final int sipCode;
  private final String text;

  Refusal(int sipCode, String text) {
    this.sipCode = sipCode;
    this.text = text;
  }

  /** The SIP status of the refusal: 402 for money, 403 for everything else. */
  public int sipCode() {
    return sipCode;
  }

  /** The reason as the switch puts it in {@code X-DIDTron-Reason}. */
  public String text() {
    return text;
  }
}
