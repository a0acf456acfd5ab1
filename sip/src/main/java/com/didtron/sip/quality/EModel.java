package com.didtron.sip.quality;

/**
 * A simplified ITU-T G.107 E-model for G.711 calls: an R-factor from the one-way delay and the
 * packet loss, mapped to a MOS estimate (listening-quality scale 1 to 4.5).
 *
 * <ul>
 *   <li>R = 93.2 − Id − Ie,eff (93.2 is R0 − Is with the G.107 default values)
 *   <li>Id = 0.024·d + 0.11·(d − 177.3)·H(d − 177.3), d = one-way mouth-to-ear delay in ms (Cole
 *       &amp; Rosenbluth's simplification of G.107's delay impairment)
 *   <li>Ie,eff = Ie + (95 − Ie)·Ppl / (Ppl + Bpl), G.711 with packet-loss concealment: Ie = 0, Bpl
 *       = 25.1 (G.113 Appendix I), random loss (BurstR = 1)
 *   <li>MOS = 1 for R &lt; 0, 4.5 for R &gt; 100, else 1 + 0.035·R + R·(R − 60)·(100 − R)·7·10⁻⁶
 * </ul>
 */
public final class EModel {
  /** R0 − Is with G.107 default parameters. */
  static final double R_DEFAULT = 93.2;

  /** G.711 equipment impairment factor. */
  static final double IE_G711 = 0;

  /** G.711 packet-loss robustness with concealment (G.113 Appendix I). */
  static final double BPL_G711 = 25.1;

  /** RTP packetisation delay of 20 ms PCMU frames. */
  public static final double PACKETISATION_MS = 20;

  private EModel() {}

  /** Delay impairment Id for a one-way delay in ms. */
  public static double delayImpairment(double oneWayDelayMs) {
    double d = Math.max(0, oneWayDelayMs);
    double id = 0.024 * d;
    if (d > 177.3) {
      id += 0.11 * (d - 177.3);
    }
    return id;
  }

  /** Effective equipment impairment Ie,eff of G.711 at a packet-loss percentage (0 to 100). */
  public static double lossImpairment(double lossPercent) {
    double ppl = Math.min(100, Math.max(0, lossPercent));
    return IE_G711 + (95 - IE_G711) * ppl / (ppl + BPL_G711);
  }

  /** The transmission rating factor R. */
  public static double rFactor(double oneWayDelayMs, double lossPercent) {
    return R_DEFAULT - delayImpairment(oneWayDelayMs) - lossImpairment(lossPercent);
  }

  /** MOS (1 to 4.5) from an R-factor, G.107 Annex B. */
  public static double mos(double r) {
    if (r < 0) {
      return 1;
    }
    if (r > 100) {
      return 4.5;
    }
    return 1 + 0.035 * r + r * (r - 60) * (100 - r) * 7e-6;
  }

  /**
   * MOS estimate of a G.711 call.
   *
   * @param networkDelayMs one-way network delay (half the round trip when known, else 0)
   * @param jitterMs interarrival jitter; the receiver's jitter buffer is taken as twice it
   * @param lossPercent packets lost, 0 to 100
   */
  public static double estimateMos(double networkDelayMs, double jitterMs, double lossPercent) {
    double oneWay = Math.max(0, networkDelayMs) + 2 * Math.max(0, jitterMs) + PACKETISATION_MS;
    return mos(rFactor(oneWay, lossPercent));
  }
}
