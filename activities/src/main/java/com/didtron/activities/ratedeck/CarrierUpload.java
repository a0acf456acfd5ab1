package com.didtron.activities.ratedeck;

import com.didtron.rating.deck.LineError;
import java.util.List;

/** What a carrier's deck upload did. */
public sealed interface CarrierUpload {
  /** The file is stored as a draft version of the carrier's buy card, waiting for staff review. */
  record Received(RateVersionSummary version) implements CarrierUpload {}

  /**
   * Nothing was stored: the file has errors (each with its line), no rows, or there is no buy card.
   *
   * @param errorCount every error of the file; {@code errors} lists the first of them
   */
  record Refused(String reason, List<LineError> errors, long errorCount) implements CarrierUpload {
    public Refused {
      errors = List.copyOf(errors);
    }
  }
}
