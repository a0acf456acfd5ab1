package com.didtron.domain.routing;

import java.util.Objects;
import java.util.UUID;

/**
 * What the SIP tester's monitoring knows about a carrier's recent quality, as routing (LCR and the
 * route policy DMN table) uses it.
 *
 * @param carrierId the carrier account
 * @param asrPercent answer-seizure ratio over the recent window in whole percent, or null when
 *     unknown
 * @param pddP95Ms 95th-percentile post-dial delay over the recent window in ms, or null when
 *     unknown
 * @param inPenaltyBox true while an alert has put the carrier in the routing penalty box
 */
public record CarrierHealth(
    UUID carrierId, Integer asrPercent, Integer pddP95Ms, boolean inPenaltyBox) {
  public CarrierHealth {
    Objects.requireNonNull(carrierId, "carrierId");
  }

  /** A carrier nobody has measured yet. */
  public static CarrierHealth unknown(UUID carrierId) {
    return new CarrierHealth(carrierId, null, null, false);
  }
}
