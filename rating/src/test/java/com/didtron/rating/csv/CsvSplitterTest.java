package com.didtron.rating.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvSplitterTest {

  @Test
  void theCutFallsAfterTheLastLineBreakOutsideQuotes() {
    assertThat(cut("a,b\nc,d\ne")).isEqualTo(8);
    assertThat(cut("a,\"b\nc\"\nd,\"e\nf")).isEqualTo(8);
    assertThat(cut("no line end")).isEqualTo(0);
    assertThat(cut("a\r\nb\r")).isEqualTo(3);
    assertThat(cut("a\rb")).isEqualTo(2);
    assertThat(cut("x\"y\n\"z\n")).isEqualTo(4);
  }

  @Test
  void readingSlicesCutAtRandomBlockSizesGivesTheSameRecordsAsOneStream() throws IOException {
    Random random = new Random(3);
    String[] pieces = {"a", "\"q,1\"", "\"q\"\"2\"", "\"multi\nline\"", "", " s ", "x\"y", "\"\""};
    String[] ends = {"\n", "\r\n", "\r"};
    for (int round = 0; round < 200; round++) {
      StringBuilder csv = new StringBuilder();
      for (int row = 0; row < 30; row++) {
        for (int f = 0; f < 3; f++) {
          csv.append(f > 0 ? "," : "").append(pieces[random.nextInt(pieces.length)]);
        }
        csv.append(ends[random.nextInt(ends.length)]);
      }
      byte[] bytes = csv.toString().getBytes();
      List<String> whole = CsvReaderTest.records(new CsvReader(new ByteArrayInputStream(bytes)));
      assertThat(sliced(bytes, 1 + random.nextInt(40))).isEqualTo(whole);
    }
  }

  /** Mimics the offline pipeline: blocks of {@code size} bytes, cut, carry the rest over. */
  private static List<String> sliced(byte[] bytes, int size) throws IOException {
    List<String> out = new ArrayList<>();
    int start = 0;
    long line = 1;
    while (start < bytes.length) {
      int end = Math.min(bytes.length, start + size);
      int cut = end == bytes.length ? end : CsvSplitter.lastRecordEnd(bytes, start, end - start);
      if (cut == start) {
        size *= 2;
        continue;
      }
      CsvReader reader = new CsvReader(bytes, start, cut - start, line);
      out.addAll(CsvReaderTest.records(reader));
      line = reader.nextLine();
      start = cut;
    }
    return out;
  }

  private static int cut(String s) {
    byte[] b = s.getBytes();
    return CsvSplitter.lastRecordEnd(b, 0, b.length);
  }
}
