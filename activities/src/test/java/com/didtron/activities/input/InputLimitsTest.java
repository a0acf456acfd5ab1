package com.didtron.activities.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.rating.cdr.CdrWindow;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InputLimitsTest {

  @Test
  void byDefaultCdrsMayStartFromFourHundredDaysBackToADayAheadAndLastADay() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
    assertThat(InputLimits.defaults().cdrWindow(clock))
        .isEqualTo(
            new CdrWindow(
                Instant.parse("2025-10-27T00:00:00Z"),
                Instant.parse("2026-12-02T00:00:00Z"),
                86_400));
  }

  @Test
  void byDefaultWebhooksTakeOneMebibyteAndTheCapsReadAsPeopleSayThem() {
    InputLimits limits = InputLimits.defaults();
    assertThat(limits.webhookBody().toBytes()).isEqualTo(1 << 20);
    assertThat(InputLimits.describe(limits.webhookBody())).isEqualTo("1 MB");
    assertThat(InputLimits.describe(limits.cdrUpload())).isEqualTo("4 GB");
  }

  @Test
  void aCappedStreamReadsUpToItsCapAndRefusesTheFirstByteBeyond() throws Exception {
    InputStream exact =
        new CappedInputStream(new ByteArrayInputStream(new byte[10]), 10, "The file", "x.y");
    assertThat(exact.readAllBytes()).hasSize(10);
    InputStream over =
        new CappedInputStream(new ByteArrayInputStream(new byte[11]), 10, "The file", "x.y");
    assertThatThrownBy(over::readAllBytes)
        .isInstanceOf(InputTooLarge.class)
        .hasMessage("The file is larger than the limit of 10 bytes (setting x.y)");
  }
}
