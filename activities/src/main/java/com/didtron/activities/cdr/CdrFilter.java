package com.didtron.activities.cdr;

import java.time.Instant;
import java.util.UUID;

/**
 * What the CDR browser lists; every part is optional (null).
 *
 * @param accountId the customer account
 * @param carrierId the carrier
 * @param numberPrefix dialled numbers starting with these digits (a leading + is ignored)
 * @param from first start time included
 * @param to first start time excluded
 * @param status RATED or UNRATED
 */
public record CdrFilter(
    UUID accountId, UUID carrierId, String numberPrefix, Instant from, Instant to, String status) {
  public static CdrFilter all() {
    return new CdrFilter(null, null, null, null, null, null);
  }
}
