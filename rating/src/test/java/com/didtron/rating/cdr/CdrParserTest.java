package com.didtron.rating.cdr;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.rating.deck.LineError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    CdrParser parser = open("""
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
}
