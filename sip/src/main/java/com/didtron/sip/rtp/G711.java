package com.didtron.sip.rtp;

/**
 * G.711 µ-law (PCMU) companding of 16-bit linear samples, ITU-T G.711 with the usual bias of 0x84.
 */
public final class G711 {
  private static final int BIAS = 0x84;
  private static final int CLIP = 32635;

  private G711() {}

  /** One 16-bit linear sample to its µ-law byte. */
  public static byte ulaw(int sample) {
    int sign = (sample >> 8) & 0x80;
    int magnitude = sign != 0 ? -sample : sample;
    magnitude = Math.min(magnitude, CLIP) + BIAS;
    int exponent = 7;
    for (int mask = 0x4000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1) {
      exponent--;
    }
    int mantissa = (magnitude >> (exponent + 3)) & 0x0F;
    return (byte) ~(sign | (exponent << 4) | mantissa);
  }

  /** A µ-law byte back to a 16-bit linear sample. */
  public static int linear(byte ulaw) {
    int u = ~ulaw & 0xFF;
    int sign = u & 0x80;
    int exponent = (u >> 4) & 0x07;
    int mantissa = u & 0x0F;
    int magnitude = (((mantissa << 3) + BIAS) << exponent) - BIAS;
    return sign != 0 ? -magnitude : magnitude;
  }
}
