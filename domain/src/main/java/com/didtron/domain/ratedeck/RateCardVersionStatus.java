package com.didtron.domain.ratedeck;

/** Where an imported rate card version is in its life. */
public enum RateCardVersionStatus {
  /** Imported and reviewable, not used for rating. */
  DRAFT,
  /** The version rating uses. */
  ACTIVE,
  /** Was active; kept for re-rating and audit. */
  SUPERSEDED,
  /** A draft nobody activated. */
  DISCARDED
}
