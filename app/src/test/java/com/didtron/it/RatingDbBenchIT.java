package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.app.cli.Didtron;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code didtron bench rating-db} runs end to end on its own throw-away platform (small sizes). */
class RatingDbBenchIT {
  @Test
  void theDatabaseBenchReportsEveryMeasurement() {
    CommandLine cli = Didtron.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));

    int exit = cli.execute("bench", "rating-db", "--prefixes", "2000", "--cdrs", "3000");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString()).contains("deck import+activate:").contains("prefix lookup, SQL:")
        .contains("prefix lookup, index:").contains("CDR pipeline:").contains("plain COPY:")
        .contains("pipeline / plain COPY:");
  }
}
