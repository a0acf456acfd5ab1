package com.didtron.sip.rtp;

/**
 * The fixed 12-byte RTP header (RFC 3550 section 5.1) of a packet without CSRCs or extension, and
 * its payload.
 */
public record RtpPacket(int payloadType, int sequence, long timestamp, long ssrc, boolean marker) {
  public static final int HEADER_BYTES = 12;
  public static final int VERSION = 2;

  /** Writes the header into {@code buf} (at least 12 bytes). */
  public void writeHeader(byte[] buf) {
    buf[0] = (byte) (VERSION << 6);
    buf[1] = (byte) ((marker ? 0x80 : 0) | (payloadType & 0x7F));
    buf[2] = (byte) (sequence >> 8);
    buf[3] = (byte) sequence;
    putInt(buf, 4, timestamp);
    putInt(buf, 8, ssrc);
  }

  /**
   * Reads a header, or null when the bytes are not RTP version 2 (too short, wrong version, or
   * RTCP: payload types 72 to 76 with the marker bit).
   */
  public static RtpPacket parse(byte[] buf, int length) {
    if (length < HEADER_BYTES || (buf[0] & 0xC0) >> 6 != VERSION) {
      return null;
    }
    int pt = buf[1] & 0x7F;
    if (pt >= 72 && pt <= 76) {
      return null;
    }
    int seq = ((buf[2] & 0xFF) << 8) | (buf[3] & 0xFF);
    return new RtpPacket(pt, seq, getInt(buf, 4), getInt(buf, 8), (buf[1] & 0x80) != 0);
  }

  private static void putInt(byte[] b, int at, long v) {
    b[at] = (byte) (v >> 24);
    b[at + 1] = (byte) (v >> 16);
    b[at + 2] = (byte) (v >> 8);
    b[at + 3] = (byte) v;
  }

  private static long getInt(byte[] b, int at) {
    return ((long) (b[at] & 0xFF) << 24)
        | ((b[at + 1] & 0xFF) << 16)
        | ((b[at + 2] & 0xFF) << 8)
        | (b[at + 3] & 0xFF);
  }
}
