package com.didtron.sip.quality;

/**
 * What the media of one call measured.
 *
 * @param packetsSent RTP packets of the test tone sent to the far end
 * @param packetsReceived RTP packets received from the far end
 * @param lossPercent packets lost, 0 to 100: against the packets sent when the far end echoes our
 *     stream, else against the sequence-number range received (RFC 3550)
 * @param jitterMs RFC 3550 interarrival jitter of the received stream
 * @param roundTripMs mean round trip of echoed packets, or null when the far end does not echo
 * @param mos E-model MOS estimate (1 to 4.5), see {@link EModel}
 */
public record MediaReport(
    long packetsSent,
    long packetsReceived,
    double lossPercent,
    double jitterMs,
    Double roundTripMs,
    double mos) {

  /**
   * Builds the report from the counters.
   *
   * @param echoed whether the received stream is our own stream echoed back
   */
  public static MediaReport of(
      long sent, RtpStreamStats stats, boolean echoed, Double roundTripMs) {
    long expected = echoed ? sent : stats.expected();
    double loss =
        expected <= 0
            ? (sent > 0 ? 100 : 0)
            : 100.0 * Math.max(0, expected - Math.min(stats.received(), expected)) / expected;
    double networkDelay = roundTripMs == null ? 0 : roundTripMs / 2;
    double jitter = stats.jitterMs();
    double mos = stats.received() == 0 ? 1.0 : EModel.estimateMos(networkDelay, jitter, loss);
    return new MediaReport(sent, stats.received(), loss, jitter, roundTripMs, mos);
  }
}
