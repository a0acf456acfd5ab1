package com.didtron.activities.ratedeck;

/** What an activation did. */
public sealed interface ActivationOutcome {
  /** The version is now the card's active version and rating uses it. */
  record Activated(RateCardVersion version) implements ActivationOutcome {}

  /** Nothing changed; {@code reason} says why in plain words. */
  record Refused(Reason reason, String message) implements ActivationOutcome {}

  /** Why an activation was refused. */
  enum Reason {
    /** Some rows are invalid and the user did not choose to skip them. */
    HAS_INVALID_ROWS,
    /** A Replace closes most live prefixes and the user did not confirm. */
    NEEDS_CONFIRMATION,
    /** Another version was activated since this one was imported. */
    STALE,
    /** The version is not a draft (already active, superseded or discarded). */
    NOT_A_DRAFT
  }
}
