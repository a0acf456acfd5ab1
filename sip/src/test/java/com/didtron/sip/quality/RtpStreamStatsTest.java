package com.didtron.sip.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RtpStreamStatsTest {
  private static final long FRAME_NANOS = 20_000_000L;

  /**
   * Feeds {@code count} PCMU packets from {@code firstSeq}, skipping {@code missing}, arriving
   * every 20 ms.
   */
  private static RtpStreamStats stream(int firstSeq, int count, Set<Integer> missing) {
    RtpStreamStats s = new RtpStreamStats(8000);
    for (int i = 0; i < count; i++) {
      if (!missing.contains(i)) {
        s.packet((firstSeq + i) & 0xFFFF, 160L * i, i * FRAME_NANOS);
      }
    }
    return s;
  }

  @ParameterizedTest(name = "from seq {0}, {1} packets, missing {2}: expected {3}, lost {4}")
  @CsvSource(
      delimiter = ';',
      value = {
        "0; 50; ; 50; 0",
        "0; 50; 10 20; 50; 2",
        "65530; 10; ; 10; 0",
        "65530; 10; 7; 10; 1",
        "100; 1; ; 1; 0"
      })
  void countsExpectedAndLostPacketsAcrossSequenceWrapAround(
      int first, int count, String missing, long expected, long lost) {
    Set<Integer> gaps =
        missing == null
            ? Set.of()
            : Stream.of(missing.split(" ")).map(Integer::parseInt).collect(Collectors.toSet());
    RtpStreamStats s = stream(first, count, gaps);
    assertThat(s.expected()).isEqualTo(expected);
    assertThat(s.lost()).isEqualTo(lost);
    assertThat(s.received()).isEqualTo(count - gaps.size());
  }

  @Test
  void aPerfectlyPacedStreamHasNoJitter() {
    assertThat(stream(0, 500, Set.of()).jitterMs()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void jitterConvergesToTheAlternatingTransitDifference() {
    RtpStreamStats s = new RtpStreamStats(8000);
    for (int i = 0; i < 2000; i++) {
      long wobble = i % 2 == 0 ? 0 : 10_000_000L;
      s.packet(i & 0xFFFF, 160L * i, i * FRAME_NANOS + wobble);
    }
    assertThat(s.jitterMs()).isCloseTo(10.0, within(0.01));
  }

  @Test
  void oneLatePacketRaisesJitterBySixteenthsAsRfc3550Says() {
    RtpStreamStats s = new RtpStreamStats(8000);
    s.packet(0, 0, 0);
    s.packet(1, 160, FRAME_NANOS + 16_000_000L);
    assertThat(s.jitterMs()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void duplicatesDoNotHideLosses() {
    RtpStreamStats s = stream(0, 10, Set.of(3));
    s.packet(5, 800, 11 * FRAME_NANOS);
    assertThat(s.expected()).isEqualTo(10);
    assertThat(s.received()).isEqualTo(10);
    assertThat(s.lost()).isZero();
  }

  @Test
  void aStreamNeedsAPositiveClockRate() {
    assertThatThrownBy(() -> new RtpStreamStats(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEchoedStreamReportsLossAgainstWhatWasSent() {
    RtpStreamStats s = stream(0, 95, Set.of());
    MediaReport r = MediaReport.of(100, s, true, 2.0);
    assertThat(r.lossPercent()).isCloseTo(5.0, within(1e-9));
    assertThat(r.mos()).isLessThan(4.0);
    MediaReport silent = MediaReport.of(100, new RtpStreamStats(8000), false, null);
    assertThat(silent.lossPercent()).isEqualTo(100.0);
    assertThat(silent.mos()).isEqualTo(1.0);
  }
}
