package com.didtron.rating.cdr;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.rating.deck.LineError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CdrParserTest {
  private static CdrParser open(String csv) throws IOException {
    return CdrParser.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsCdrsInChunksWithTheirLinesAndReportsMalformedRows() throws IOException {
    CdrParser parser =
        open(
            """
        duration,call_id,account,carrier,caller,callee,start_time
        61.2,c1,ACME,CARRIER1,100,+4420,2026-11-01T10:00:00Z
        5,,ACME,CARRIER1,100,4420,2026-11-01T10:00:00Z

        5,c3,ACME,CARRIER1,100,4420,yesterday
        -1,c4,ACME,CARRIER1,100,4420,2026-11-01T10:00:00Z
        7,c5,ACME,CARRIER1,100,4420,2026-11-01
        """);
    List<CdrParser.Line> cdrs = new ArrayList<>();
    List<LineError> problems = new ArrayList<>();

    assertThat(parser.headerProblems()).isEmpty();
    assertThat(parser.read(3, cdrs, problems)).isTrue();
    assertThat(parser.read(100, cdrs, problems)).isFalse();

    assertThat(cdrs).extracting(CdrParser.Line::line).containsExactly(2L, 7L);
    Cdr first = cdrs.get(0).cdr();
    assertThat(first.callee()).isEqualTo("+4420");
    assertThat(first.durationSeconds()).isEqualByComparingTo("61.2");
    assertThat(first.startTime()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
    assertThat(problems).extracting(LineError::line).containsExactly(3L, 4L, 5L, 6L);
    assertThat(problems.get(0).reason()).isEqualTo("call_id is empty");
    assertThat(problems.get(1).reason()).isEqualTo("empty row skipped");
  }

  @Test
  void aWrongHeaderIsReportedBeforeAnyRow() throws IOException {
    CdrParser parser = open("call_id,account\nc1,ACME\n");

    assertThat(parser.headerProblems()).contains("missing column 'carrier'");
    List<CdrParser.Line> cdrs = new ArrayList<>();
    assertThat(parser.read(10, cdrs, new ArrayList<>())).isFalse();
    assertThat(cdrs).isEmpty();
  }

  @Test
  void cdrsStartingOutsideTheWindowOrLastingLongerThanTheCapAreRejectedWithTheirLineNumbers()
      throws IOException {
    CdrWindow window =
        CdrWindow.around(
            Instant.parse("2026-12-01T00:00:00Z"),
            Duration.ofDays(400),
            Duration.ofDays(1),
            Duration.ofHours(24));
    CdrParser parser =
        CdrParser.open(
            new ByteArrayInputStream(
                """
        call_id,account,carrier,caller,callee,start_time,duration
        ok,ACME,C1,1,4420,2025-10-28T00:00:00Z,86400
        old,ACME,C1,1,4420,2025-10-26T23:59:59Z,60
        ahead,ACME,C1,1,4420,2026-12-02T00:00:01Z,60
        long,ACME,C1,1,4420,2026-11-30T00:00:00Z,86400.5
        year,ACME,C1,1,4420,2199-01-01T00:00:00Z,60
        """
                    .getBytes(StandardCharsets.UTF_8)),
            window);
    List<CdrParser.Line> cdrs = new ArrayList<>();
    List<LineError> problems = new ArrayList<>();
    parser.read(100, cdrs, problems);

    assertThat(cdrs).extracting(l -> l.cdr().callId()).containsExactly("ok");
    assertThat(problems).extracting(LineError::line).containsExactly(3L, 4L, 5L, 6L);
    assertThat(problems.get(0).reason())
        .isEqualTo(
            "start_time 2025-10-26T23:59:59Z is outside the"
                + " accepted window 2025-10-27T00:00:00Z to 2026-12-02T00:00:00Z");
    assertThat(problems.get(2).reason())
        .isEqualTo("duration '86400.5' is not a number of seconds" + " from 0 to 86400");
  }

  @Test
  void aHugeDurationFieldIsRejectedWithoutBeingParsedOrRepeatedWhole() throws IOException {
    CdrParser parser =
        open(
            "call_id,account,carrier,caller,callee,start_time,duration\n"
                + "c1,ACME,C1,1,4420,2026-11-01T10:00:00Z,1."
                + "0".repeat(100_000)
                + "\n");
    List<CdrParser.Line> cdrs = new ArrayList<>();
    List<LineError> problems = new ArrayList<>();
    parser.read(10, cdrs, problems);

    assertThat(cdrs).isEmpty();
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.reason()).startsWith("duration '1.000").hasSizeLessThan(120);
            });
  }
}
