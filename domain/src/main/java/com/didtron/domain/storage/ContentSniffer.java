package com.didtron.domain.storage;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Tells a file's content type from its first bytes (magic numbers), never from the name or the
 * client's header: PDF ({@code %PDF-}), PNG, JPEG, XLSX (a ZIP container) and CSV (UTF-8 text
 * without control characters other than tab, CR and LF).
 */
public final class ContentSniffer {
  /** How many leading bytes {@link #detect} looks at. */
  public static final int HEAD = 4096;

  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final byte[] ZIP = {'P', 'K', 3, 4};

  private ContentSniffer() {}

  /** The type of a file starting with {@code head} (at most {@link #HEAD} bytes are read). */
  public static Optional<ContentType> detect(byte[] head, int length) {
    byte[] h = Arrays.copyOf(head, Math.min(length, HEAD));
    if (startsWith(h, PDF)) {
      return Optional.of(ContentType.PDF);
    }
    if (startsWith(h, PNG)) {
      return Optional.of(ContentType.PNG);
    }
    if (startsWith(h, JPEG)) {
      return Optional.of(ContentType.JPEG);
    }
    if (startsWith(h, ZIP)) {
      return Optional.of(ContentType.XLSX);
    }
    return h.length > 0 && isText(h, length > HEAD)
        ? Optional.of(ContentType.CSV)
        : Optional.empty();
  }

  private static boolean startsWith(byte[] h, byte[] magic) {
    return h.length >= magic.length && Arrays.equals(h, 0, magic.length, magic, 0, magic.length);
  }

  private static boolean isText(byte[] h, boolean truncated) {
    for (byte b : h) {
      if ((b >= 0 && b < 0x20 && b != '\t' && b != '\r' && b != '\n') || b == 0x7f) {
        return false;
      }
    }
    // a multi-byte character cut at the end of the head is fine; anything else must decode
    int end = truncated ? Math.max(0, h.length - 3) : h.length;
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(h, 0, end));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
