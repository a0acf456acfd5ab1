package com.didtron.rating.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The in-place block reader reads every block exactly as {@link CsvReader} does. */
class CsvBlockReaderTest {
  private static final byte[] ALPHABET = "ab1 \t,\n\r\"".getBytes(StandardCharsets.US_ASCII);

  @Test
  void recordsFieldsAndLineNumbersMatchTheCsvReaderOnRandomBlocks() throws IOException {
    Random random = new Random(5);
    for (int round = 0; round < 20_000; round++) {
      byte[] block = new byte[random.nextInt(60)];
      boolean quotes = random.nextInt(3) == 0;
      for (int i = 0; i < block.length; i++) {
        byte b = ALPHABET[random.nextInt(ALPHABET.length)];
        block[i] = !quotes && b == '"' ? (byte) 'x' : b;
      }
      String shown = new String(block, StandardCharsets.US_ASCII);
      assertThat(blockRecords(block)).as(shown).isEqualTo(readerRecords(block));
    }
  }

  /**
   * The word-at-a-time splitter on long lines whose bytes sit next to the separators' codes ({@code
   * -} after a comma, 0x0B after LF, 0x0E after CR, {@code #} after a quote: where the zero-byte
   * test flags bytes that are none), UTF-8 bytes above 0x7F, and line ends at every offset of a
   * word.
   */
  @Test
  void wordAtATimeSplittingMatchesTheCsvReaderNextToSeparatorCodes() throws IOException {
    byte[] alphabet = {
      'a', '1', '-', ',', ',', '\n', 0x0B, '\r', 0x0E, '"', '#', ' ', '\t', (byte) 0xC3, (byte) 0xA9
    };
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      byte[] block = new byte[random.nextInt(200)];
      boolean quotes = random.nextInt(4) == 0;
      for (int i = 0; i < block.length; i++) {
        byte b = alphabet[random.nextInt(alphabet.length)];
        block[i] = !quotes && b == '"' ? (byte) 'x' : b;
      }
      String shown = new String(block, StandardCharsets.ISO_8859_1);
      assertThat(blockRecords(block)).as(shown).isEqualTo(readerRecords(block));
    }
  }

  @Test
  void longCdrLinesWithCrlfSplitAtEveryWordOffset() throws IOException {
    for (int pad = 0; pad < 9; pad++) {
      String id = "c" + "x".repeat(pad);
      byte[] block =
          (id
                  + ",ACME,CARRIER1,15550001111,10078665412,2026-06-01T00:00:00Z,431\r\n"
                  + id
                  + "-2,GLOBEX,C,1,4420,2026-01-01T00:00:00Z,61\n"
                  + id
                  + "-3,A,C,1,44,x,1")
              .getBytes(StandardCharsets.US_ASCII);
      List<String> records = blockRecords(block);
      assertThat(records).isEqualTo(readerRecords(block));
      assertThat(records)
          .containsExactly(
              "1:[" + id + "|ACME|CARRIER1|15550001111|10078665412|2026-06-01T00:00:00Z|431]",
              "2:[" + id + "-2|GLOBEX|C|1|4420|2026-01-01T00:00:00Z|61]",
              "3:[" + id + "-3|A|C|1|44|x|1]",
              "next 3");
    }
  }

  @Test
  void crlfQuotedFieldsAndTrimmingOnTypicalCdrLines() throws IOException {
    byte[] block =
        ("c1, ACME ,C,1,4420,2026-01-01T00:00:00Z,61\r\n"
                + "\"c,2\",ACME,C,1,4420,2026-01-01T00:00:00Z,61\n"
                + "\"multi\nline\",A,C,1,44,x,1\r"
                + "c4,A,C,1,44,x,1")
            .getBytes(StandardCharsets.US_ASCII);
    List<String> records = blockRecords(block);
    assertThat(records).isEqualTo(readerRecords(block));
    assertThat(records)
        .containsExactly(
            "1:[c1|ACME|C|1|4420|2026-01-01T00:00:00Z|61]",
            "2:[c,2|ACME|C|1|4420|2026-01-01T00:00:00Z|61]",
            "3:[multi\nline|A|C|1|44|x|1]",
            "5:[c4|A|C|1|44|x|1]",
            "next 5");
  }

  private static List<String> blockRecords(byte[] block) throws IOException {
    CsvBlockReader r = new CsvBlockReader(block, 0, block.length, 1);
    List<String> out = new ArrayList<>();
    while (r.next()) {
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < r.fieldCount(); i++) {
        fields.add(r.string(i));
      }
      out.add(r.line() + ":[" + String.join("|", fields) + "]" + (r.isBlank() ? " blank" : ""));
    }
    out.add("next " + r.nextLine());
    return out;
  }

  private static List<String> readerRecords(byte[] block) throws IOException {
    CsvReader r = new CsvReader(block, 0, block.length, 1);
    List<String> out = new ArrayList<>();
    while (r.next()) {
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < r.fieldCount(); i++) {
        fields.add(r.string(i));
      }
      out.add(r.line() + ":[" + String.join("|", fields) + "]" + (r.isBlank() ? " blank" : ""));
    }
    out.add("next " + r.nextLine());
    return out;
  }
}
