package com.didtron.rating.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whole numbers and micro-unit amounts are written exactly as Long and BigDecimal print them. */
class CsvWriterNumbersTest {
  @Test
  void numbersAndMicrosMatchTheJdkOnEdgesAndRandomValues() throws IOException {
    long[] edges = {
      0,
      1,
      9,
      10,
      11,
      99,
      100,
      101,
      999,
      1000,
      999_999,
      1_000_000,
      1_000_001,
      999_999_999_999_999_999L,
      1_000_000_000_000_000_000L,
      Long.MAX_VALUE,
      -1,
      -10,
      -999_999,
      -1_000_000,
      Long.MIN_VALUE + 1,
      Long.MIN_VALUE
    };
    Random random = new Random(9);
    for (int i = 0; i < 200_000; i++) {
      long v =
          i < edges.length
              ? edges[i]
              : switch (i % 4) {
                case 0 -> random.nextLong();
                case 1 -> random.nextInt();
                case 2 -> random.nextInt(1000);
                default -> random.nextLong() >> random.nextInt(63);
              };
      CsvWriter w = new CsvWriter(64);
      w.number(v).comma().micros(v);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      w.drainTo(out);
      assertThat(out.toString(StandardCharsets.US_ASCII))
          .isEqualTo(v + "," + BigDecimal.valueOf(v, 6).toPlainString());
    }
  }
}
