package com.didtron.activities.storage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Small files of each type, as their first bytes make them. */
final class SampleFiles {
  private SampleFiles() {}

  static byte[] pdf(String text) {
    return ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] png() {
    return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'};
  }

  static byte[] csv() {
    return "prefix,rate\n44,0.012\n33,0.010\n".getBytes(StandardCharsets.UTF_8);
  }

  static InputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** A PDF header followed by zeros, endless; counts what was read. */
  static final class EndlessPdf extends InputStream {
    private final byte[] head = pdf("big");
    long read;

    @Override
    public int read() {
      int b = read < head.length ? head[(int) read] : 0;
      read++;
      return b & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      for (int i = 0; i < len; i++) {
        b[off + i] = (byte) read();
      }
      return len;
    }
  }
}
