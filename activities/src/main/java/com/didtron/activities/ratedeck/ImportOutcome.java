package com.didtron.activities.ratedeck;

import com.didtron.rating.deck.LineError;
import java.util.List;

/** What an import did: a draft version to review, or nothing because the file was unusable. */
public sealed interface ImportOutcome {
  /**
   * The file was stored as a draft version.
   *
   * @param firstErrors the first rows left out (all are listed by {@link RateCardService#errors})
   */
  record Staged(RateCardVersion version, List<LineError> firstErrors) implements ImportOutcome {
    public Staged {
      firstErrors = List.copyOf(firstErrors);
    }
  }

  /** Nothing was stored: a wrong header, an empty file, or no valid row at all. */
  record Refused(String reason, List<LineError> errors) implements ImportOutcome {
    public Refused {
      errors = List.copyOf(errors);
    }
  }
}
