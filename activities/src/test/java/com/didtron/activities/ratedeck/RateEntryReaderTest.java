package com.didtron.activities.ratedeck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.copy.BinaryCopy;
import com.didtron.rating.deck.RateEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateEntryReaderTest {
  private static final byte[] HEADER = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0
  };

  @Test
  void readsBackWhatBinaryCopyWritesWithScaleAndMicroseconds() throws IOException {
    Instant jan = Instant.parse("2026-01-01T00:00:00Z");
    List<RateEntry> entries =
        List.of(
            entry("1", "", "0", "0", jan, null),
            entry("44", "UK", "0.0100", "0.0000", jan, jan.plusSeconds(86_400)),
            entry("4420", "UK London", "7", "1.5", jan, null),
            entry("4421", "UK London", "0.010000", "0", jan, null),
            entry("49", "Deutschland – Köln \"Mobil\", 1", "12345", "10000", jan, null),
            entry("491", "x", "123456789012345678", "0.000000000000000001", jan, null),
            entry("492", "x", "123456789012345678901234.5678901", "99999999.9999", jan, null),
            entry("493", "x", "0.00000001", "100000000", jan, null),
            entry(
                "12345678901234567890123456789012",
                "y".repeat(70_000),
                "0.5",
                "0",
                Instant.parse("1969-07-20T20:17:40.123456Z"),
                Instant.parse("1999-12-31T23:59:59.999999Z")),
            entry(
                "5",
                "z",
                "1e3",
                "0",
                Instant.parse("2261-12-31T00:00:00Z"),
                Instant.parse("2261-12-31T00:00:00.000001Z")));

    List<RateEntry> read = RateEntryReader.read(stream(entries));

    assertThat(read).hasSize(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      RateEntry expected = entries.get(i);
      // a negative scale is stored with scale 0, as the text form printed it
      BigDecimal rate = expected.rate().scale() < 0 ? expected.rate().setScale(0) : expected.rate();
      assertThat(read.get(i)).isEqualTo(withRate(expected, rate));
      assertThat(read.get(i).rate().toPlainString()).isEqualTo(rate.toPlainString());
      assertThat(read.get(i).connectFee().toPlainString())
          .isEqualTo(expected.connectFee().toPlainString());
    }
  }

  @Test
  void aTruncatedStreamIsAnError() throws IOException {
    byte[] whole = stream(List.of(entry("1", "x", "1", "0", Instant.EPOCH, null))).readAllBytes();
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 5);

    assertThatThrownBy(() -> RateEntryReader.read(new ByteArrayInputStream(cut)))
        .isInstanceOf(EOFException.class);
  }

  @Test
  void readsTheStreamToItsEndAndRefusesDataAfterTheTrailer() throws IOException {
    byte[] whole = stream(List.of(entry("1", "x", "1", "0", Instant.EPOCH, null))).readAllBytes();
    ByteArrayInputStream in = new ByteArrayInputStream(whole);

    assertThat(RateEntryReader.read(in)).hasSize(1);
    assertThat(in.available()).isZero();

    byte[] more = java.util.Arrays.copyOf(whole, whole.length + 1);
    assertThatThrownBy(() -> RateEntryReader.read(new ByteArrayInputStream(more)))
        .hasMessageContaining("after the binary COPY trailer");
  }

  private static InputStream stream(List<RateEntry> entries) throws IOException {
    BinaryCopy rows = BinaryCopy.detached();
    for (RateEntry e : entries) {
      rows.row(8)
          .text(e.prefix())
          .text(e.destination())
          .numeric(e.rate())
          .numeric(e.connectFee())
          .int4(e.initialIncrement())
          .int4(e.subsequentIncrement())
          .timestamptz(e.effectiveFrom())
          .timestamptz(e.effectiveTo());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(HEADER);
    out.write(rows.written());
    out.write(new byte[] {(byte) 0xff, (byte) 0xff});
    return new ByteArrayInputStream(out.toByteArray());
  }

  private static RateEntry entry(
      String prefix, String destination, String rate, String fee, Instant from, Instant to) {
    return new RateEntry(
        prefix, destination, new BigDecimal(rate), new BigDecimal(fee), 60, 6, from, to);
  }

  private static RateEntry withRate(RateEntry e, BigDecimal rate) {
    return new RateEntry(
        e.prefix(),
        e.destination(),
        rate,
        e.connectFee(),
        e.initialIncrement(),
        e.subsequentIncrement(),
        e.effectiveFrom(),
        e.effectiveTo());
  }
}
