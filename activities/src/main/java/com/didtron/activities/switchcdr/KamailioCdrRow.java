package com.didtron.activities.switchcdr;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of {@code kamailio.acc_cdrs} as Kamailio's acc module writes it (one per answered call).
 *
 * @param id the row id (the pull's cursor)
 * @param start the answer time (UTC)
 * @param durationSeconds the talk time, milliseconds precision
 * @param accountId the DIDTron account id the script put in the dialog ({@code $dlg_var(account)})
 * @param trunkId the customer's ingress trunk (the permissions {@code address} tag)
 * @param gatewayId the carrier gateway that answered (its key, the egress trunk id)
 */
record KamailioCdrRow(
    long id,
    Instant start,
    BigDecimal durationSeconds,
    String callId,
    String srcIp,
    String srcUser,
    String dstUser,
    String accountId,
    String trunkId,
    String gatewayId) {

  /** The row as it was read, for a rejected row's record. */
  String raw() {
    return "id="
        + id
        + " callid="
        + callId
        + " start_time="
        + start
        + " duration="
        + (durationSeconds == null ? null : durationSeconds.toPlainString())
        + " src_ip="
        + srcIp
        + " src_user="
        + srcUser
        + " dst_user="
        + dstUser
        + " account_id="
        + accountId
        + " trunk_id="
        + trunkId
        + " gw_id="
        + gatewayId;
  }
}
