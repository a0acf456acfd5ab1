package com.didtron.sip.rtp;

/**
 * The test tone DIDTron sends: 1004 Hz at -10 dBm0-ish amplitude, PCMU, 20 ms frames of 160 samples
 * at 8 kHz. One second (50 frames) is precomputed and repeated.
 */
public final class TestTone {
  public static final int SAMPLE_RATE = 8000;
  public static final int FRAME_SAMPLES = 160;
  public static final int FRAME_MS = 20;
  public static final double FREQUENCY_HZ = 1004;
  private static final int FRAMES = SAMPLE_RATE / FRAME_SAMPLES;
  private static final byte[][] FRAMES_PCMU = compute();

  private TestTone() {}

  /** The µ-law payload of frame {@code n} (frames repeat every second). */
  public static byte[] frame(long n) {
    return FRAMES_PCMU[(int) (n % FRAMES)];
  }

  private static byte[][] compute() {
    byte[][] frames = new byte[FRAMES][FRAME_SAMPLES];
    for (int i = 0; i < SAMPLE_RATE; i++) {
      double s = Math.sin(2 * Math.PI * FREQUENCY_HZ * i / SAMPLE_RATE) * 10_000;
      frames[i / FRAME_SAMPLES][i % FRAME_SAMPLES] = G711.ulaw((int) Math.round(s));
    }
    return frames;
  }
}
