package com.didtron.activities.ratedeck;

/** What creating a rate card did. */
public sealed interface CardOutcome {
  /** The card exists now. */
  record Created(RateCard card) implements CardOutcome {}

  /** Nothing was created; {@code message} says why. */
  record Rejected(String message) implements CardOutcome {}
}
