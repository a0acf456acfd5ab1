package com.didtron.rating.engine;

import java.math.BigDecimal;

/**
 * The rating of one CDR.
 *
 * @param callId the CDR's call id
 * @param status RATED when both legs rated, else UNRATED
 * @param reason why it is unrated; null when rated
 * @param customer the customer (sell) leg; null when unrated
 * @param carrier the carrier (buy) leg; null when unrated
 * @param margin customer cost minus carrier cost; null when unrated, or when the two decks name
 *     different currencies (convert before comparing)
 */
public record RatedCall(
    String callId,
    RatingStatus status,
    UnratedReason reason,
    LegRating customer,
    LegRating carrier,
    BigDecimal margin) {

  /** An unrated result. */
  public static RatedCall unrated(String callId, UnratedReason reason) {
    return new RatedCall(callId, RatingStatus.UNRATED, reason, null, null, null);
  }

  /** True when both legs rated. */
  public boolean isRated() {
    return status == RatingStatus.RATED;
  }
}
