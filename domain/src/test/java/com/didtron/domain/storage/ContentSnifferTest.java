package com.didtron.domain.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {
  private static Optional<ContentType> detect(byte[] b) {
    return ContentSniffer.detect(b, b.length);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void magicNumbersTellPdfPngJpegAndXlsx() {
    assertThat(detect(ascii("%PDF-1.4\n..."))).hasValue(ContentType.PDF);
    assertThat(detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}))
        .hasValue(ContentType.PNG);
    assertThat(detect(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0}))
        .hasValue(ContentType.JPEG);
    assertThat(detect(new byte[] {'P', 'K', 3, 4, 20, 0})).hasValue(ContentType.XLSX);
  }

  @Test
  void utf8TextWithTabsAndLineBreaksIsCsv() {
    assertThat(detect("prefix;rate\r\n49\t0,012\nZürich,1\n".getBytes(StandardCharsets.UTF_8)))
        .hasValue(ContentType.CSV);
  }

  @Test
  void binaryLatin1AndHtmlLookalikesWithControlBytesAreNotRecognised() {
    assertThat(detect(new byte[] {0, 1, 2, 3})).isEmpty();
    assertThat(detect(ascii("Z\u00fcrich,1\n"))).as("Latin-1, not UTF-8").isEmpty();
    assertThat(detect(ascii("MZ\u0090\u0000"))).isEmpty();
    assertThat(detect(new byte[0])).isEmpty();
  }

  @Test
  void aPdfHeaderAfterOtherBytesIsNotAPdf() {
    assertThat(detect(ascii(" %PDF-1.4"))).hasValue(ContentType.CSV);
    assertThat(detect(ascii("<html>%PDF-"))).hasValue(ContentType.CSV);
  }

  @Test
  void aMultiByteCharacterCutAtTheEndOfTheHeadIsStillText() {
    byte[] head = new byte[ContentSniffer.HEAD];
    java.util.Arrays.fill(head, (byte) 'a');
    head[head.length - 1] = (byte) 0xc3; // first byte of "ü", its second byte beyond the head
    assertThat(ContentSniffer.detect(head, head.length + 100)).hasValue(ContentType.CSV);
  }
}
