package com.didtron.activities.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The binary COPY encodings, decoded back as PostgreSQL's receive functions read them. */
class BinaryCopyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "0.000000",
        "1",
        "-1",
        "10000",
        "9999.9999",
        "0.0001",
        "0.00000001",
        "123.456",
        "-0.013500",
        "42.5",
        "1E+5",
        "100000000.000001",
        "123456789012345678901234567890.123456789",
        "-98765432109876543210.5"
      })
  void numericRoundTrips(String text) {
    BigDecimal value = new BigDecimal(text);
    ByteBuffer b = ByteBuffer.wrap(BinaryCopy.detached().numeric(value).written());
    int length = b.getInt();
    int ndigits = b.getShort();
    int weight = b.getShort();
    int sign = b.getShort() & 0xffff;
    int dscale = b.getShort();
    assertThat(length).isEqualTo(8 + 2 * ndigits);
    BigDecimal decoded = BigDecimal.ZERO;
    for (int i = 0; i < ndigits; i++) {
      int digit = b.getShort();
      assertThat(digit).isBetween(0, 9999);
      decoded = decoded.add(BigDecimal.valueOf(digit).scaleByPowerOfTen(4 * (weight - i)));
    }
    if (sign == 0x4000) {
      decoded = decoded.negate();
    } else {
      assertThat(sign).isZero();
    }
    assertThat(b.remaining()).isZero();
    assertThat(dscale).isEqualTo(Math.max(0, value.scale()));
    assertThat(decoded.compareTo(value)).isZero();
    if (ndigits > 0) {
      // no trailing zero digit is sent (PostgreSQL's own form)
      assertThat(b.getShort(b.limit() - 2)).isNotZero();
    }
  }

  @Test
  void timestampIsMicrosecondsSince2000() {
    ByteBuffer b =
        ByteBuffer.wrap(
            BinaryCopy.detached()
                .timestamptz(Instant.parse("2000-01-01T00:00:01.000002Z"))
                .timestamptz(Instant.parse("1999-12-31T23:59:59Z"))
                .written());
    assertThat(b.getInt()).isEqualTo(8);
    assertThat(b.getLong()).isEqualTo(1_000_002L);
    assertThat(b.getInt()).isEqualTo(8);
    assertThat(b.getLong()).isEqualTo(-1_000_000L);
  }

  @Test
  void uuidTextAndNull() {
    UUID id = UUID.randomUUID();
    ByteBuffer b =
        ByteBuffer.wrap(
            BinaryCopy.detached()
                .uuid(id)
                .text("é1")
                .text("ab")
                .textOrNull("")
                .uuid(null)
                .written());
    assertThat(b.getInt()).isEqualTo(16);
    assertThat(new UUID(b.getLong(), b.getLong())).isEqualTo(id);
    assertThat(b.getInt()).isEqualTo(3); // é is two bytes in UTF-8
    b.position(b.position() + 3);
    assertThat(b.getInt()).isEqualTo(2);
    assertThat(b.get()).isEqualTo((byte) 'a');
    assertThat(b.get()).isEqualTo((byte) 'b');
    assertThat(b.getInt()).isEqualTo(-1);
    assertThat(b.getInt()).isEqualTo(-1);
    assertThat(b.remaining()).isZero();
  }
}
