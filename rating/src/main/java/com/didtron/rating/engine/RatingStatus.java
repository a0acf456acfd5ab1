package com.didtron.rating.engine;

/** Whether a CDR could be rated on both legs. */
public enum RatingStatus {
  /** Both the customer and the carrier leg found a rate. */
  RATED,
  /** At least one leg could not be rated; see {@link UnratedReason}. */
  UNRATED
}
