package com.didtron.sip.quality;

/**
 * Statistics of one received RTP stream as RFC 3550 defines them: extended highest sequence number
 * (wrap-around counted), packets expected and lost (Appendix A.3) and the interarrival jitter
 * (section 6.4.1, Appendix A.8). Pure: the caller gives each packet's sequence number, RTP
 * timestamp and arrival time; not thread-safe (one receiver thread feeds it).
 */
public final class RtpStreamStats {
  private static final int SEQ_MOD = 1 << 16;
  private static final int MAX_DROPOUT = 3000;

  private final int clockRate;
  private long received;
  private int baseSeq = -1;
  private int maxSeq;
  private long cycles;
  private double jitter;
  private boolean haveTransit;
  private double lastTransit;

  /**
   * @param clockRate the payload's RTP clock rate in Hz (8000 for PCMU)
   */
  public RtpStreamStats(int clockRate) {
    if (clockRate <= 0) {
      throw new IllegalArgumentException("clock rate must be positive");
    }
    this.clockRate = clockRate;
  }

  /**
   * Counts one packet.
   *
   * @param sequence the 16-bit sequence number
   * @param rtpTimestamp the 32-bit RTP timestamp (as an unsigned value)
   * @param arrivalNanos the arrival time on any monotonic clock, in nanoseconds
   */
  public void packet(int sequence, long rtpTimestamp, long arrivalNanos) {
    int seq = sequence & 0xFFFF;
    received++;
    if (baseSeq < 0) {
      baseSeq = seq;
      maxSeq = seq;
    } else {
      int delta = (seq - maxSeq + SEQ_MOD) % SEQ_MOD;
      if (delta > 0 && delta < MAX_DROPOUT) {
        if (seq < maxSeq) {
          cycles += SEQ_MOD;
        }
        maxSeq = seq;
      }
    }
    double arrival = arrivalNanos * (clockRate / 1e9);
    double transit = arrival - (rtpTimestamp & 0xFFFFFFFFL);
    if (haveTransit) {
      double d = Math.abs(transit - lastTransit);
      jitter += (d - jitter) / 16.0;
    }
    lastTransit = transit;
    haveTransit = true;
  }

  public long received() {
    return received;
  }

  /**
   * Extended highest sequence number received minus the first one, plus one; 0 before any packet.
   */
  public long expected() {
    return baseSeq < 0 ? 0 : cycles + maxSeq - baseSeq + 1;
  }

  /** Packets expected but not received (never negative: duplicates do not make up for losses). */
  public long lost() {
    return Math.max(0, expected() - received);
  }

  /** Interarrival jitter in milliseconds. */
  public double jitterMs() {
    return jitter * 1000.0 / clockRate;
  }
}
