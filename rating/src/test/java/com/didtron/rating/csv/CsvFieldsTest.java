package com.didtron.rating.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.rating.EpochNanos;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvFieldsTest {

  @ParameterizedTest(name = "{0} parses as {1}")
  @CsvSource({
    "0.0125, 0.0125",
    ".5, 0.5",
    "1., 1",
    "+2, 2",
    "-0.01, -0.01",
    "1E-3, 0.001",
    "0.123456789012345678901, 0.123456789012345678901",
    "007, 7",
  })
  void decimalsParseExactly(String text, String value) {
    byte[] b = text.getBytes();
    assertThat(CsvNumbers.parseDecimal(b, 0, b.length)).isEqualByComparingTo(value);
  }

  @ParameterizedTest(name = "{0} is not a number")
  @CsvSource({"abc", "1.2.3", "'1,5'", "''", "-", "NaN", "0x10"})
  void nonNumbersAreRefused(String text) {
    byte[] b = text.getBytes();
    assertThat(CsvNumbers.parseDecimal(b, 0, b.length)).isNull();
  }

  @ParameterizedTest(name = "duration {0} -> {1}")
  @CsvSource({
    "0, 0",
    "0.0, 0",
    "0.1, 1",
    "12, 12",
    "12., 12",
    "12.000, 12",
    "12.0001, 13",
    ".5, 1",
    "-1, -1",
    "abc, -1",
    "'', -1",
    "., -1",
    "1e3, -1",
    "1000000000001, -1",
  })
  void durationsRoundUpOrAreInvalid(String text, long seconds) {
    byte[] b = text.getBytes();
    assertThat(CsvNumbers.parseCeilSeconds(b, 0, b.length, 1_000_000_000_000L)).isEqualTo(seconds);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "2026-11-01, 2026-11-01T00:00:00Z",
    "2026-11-01T00:00:00Z, 2026-11-01T00:00:00Z",
    "2026-11-01T10:11:12.5Z, 2026-11-01T10:11:12.500Z",
    "2026-11-01T10:11:12.123456789Z, 2026-11-01T10:11:12.123456789Z",
    "2026-11-01T12:00:00+02:00, 2026-11-01T10:00:00Z",
    "2024-02-29, 2024-02-29T00:00:00Z",
    "1678-01-01, 1678-01-01T00:00:00Z",
  })
  void instantsParseToEpochNanos(String text, String expected) {
    byte[] b = text.getBytes();
    assertThat(EpochNanos.toInstant(new CsvInstants().parse(b, 0, b.length)))
        .isEqualTo(Instant.parse(expected));
    assertThat(EpochNanos.toInstant(new CsvInstants().parseDate(b, 0, b.length)))
        .isEqualTo(Instant.parse(expected));
  }

  @Test
  void aRememberedDateIsReusedOnlyForTheSameTenBytes() {
    CsvInstants instants = new CsvInstants();
    String[] dates = {
      "2026-11-01", "2026-11-02", "2026-12-02", "2026-11-01T23:59:59Z", "2026-11-01",
      "2027-11-01", "2026-11-01T00:00:01Z", "2026-11-11", "2026-11-11T00:00:00Z", "2026-11-01"
    };
    for (String date : dates) {
      byte[] b = ("x," + date + ",y").getBytes();
      int s = 2;
      int e = 2 + date.length();
      Instant expected =
          date.length() == 10 ? Instant.parse(date + "T00:00:00Z") : Instant.parse(date);
      assertThat(EpochNanos.toInstant(instants.parse(b, s, e))).as(date).isEqualTo(expected);
      assertThat(EpochNanos.toInstant(instants.parseDate(b, s, e))).as(date).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "{0} is not an instant")
  @CsvSource({
    "2026-13-01",
    "2026-02-29",
    "2026-11-31",
    "2026-1-1",
    "11/01/2026",
    "2026-11-01T25:00:00Z",
    "2026-11-01T10:00:00",
    "2262-01-01",
    "1677-12-31",
    "tomorrow"
  })
  void badInstantsAreRefused(String text) {
    byte[] b = text.getBytes();
    assertThat(new CsvInstants().parse(b, 0, b.length)).isEqualTo(EpochNanos.INVALID);
    assertThat(new CsvInstants().parseDate(b, 0, b.length)).isEqualTo(EpochNanos.INVALID);
  }

  @Test
  void theFastInstantPathAgreesWithInstantParse() {
    Random random = new Random(5);
    CsvInstants instants = new CsvInstants();
    for (int i = 0; i < 20_000; i++) {
      Instant expected =
          Instant.ofEpochSecond(
              random.nextLong(-9_000_000_000L, 9_000_000_000L),
              random.nextInt(3) == 0 ? random.nextInt(1_000_000_000) : 0);
      byte[] b = expected.toString().getBytes();
      assertThat(EpochNanos.toInstant(instants.parse(b, 0, b.length))).isEqualTo(expected);
    }
  }

  @Test
  void microsAreWrittenLikeBigDecimalPlainStrings() throws IOException {
    Random random = new Random(9);
    CsvWriter writer = new CsvWriter(16);
    StringBuilder expected = new StringBuilder();
    long[] edges = {0, 1, -1, 999_999, 1_000_000, -1_000_001, Long.MAX_VALUE, Long.MIN_VALUE};
    for (int i = 0; i < 5_000; i++) {
      long v = i < edges.length ? edges[i] : random.nextLong() >> random.nextInt(64);
      writer.micros(v).comma().number(v).newline();
      expected.append(BigDecimal.valueOf(v, 6).toPlainString()).append(',').append(v).append('\n');
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.drainTo(out);
    assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo(expected.toString());
    assertThat(writer.size()).isZero();
  }

  @Test
  void fieldsAreQuotedOnlyWhenNeeded() throws IOException {
    CsvWriter writer = new CsvWriter(4);
    writer
        .field("plain")
        .comma()
        .field("a,b")
        .comma()
        .field("say \"hi\"")
        .comma()
        .field(" pad")
        .comma()
        .field("é")
        .newline();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.drainTo(out);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\" pad\",é\n");
  }
}
