package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code didtron bench rating-db} runs end to end on its own throw-away platform (small sizes), in
 * a JVM of its own as an operator runs it: a second platform inside the test JVM would share its
 * logging and other process-wide state with the platform the other tests use.
 */
class RatingDbBenchIT {
  @Test
  void theDatabaseBenchReportsEveryMeasurement() throws Exception {
    Path logs = Files.createDirectories(Path.of("target", "platform-process"));
    Path out = Files.createTempFile(logs, "bench-rating-db-", ".log");
    Process bench =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "com.didtron.app.cli.Didtron",
                    "bench",
                    "rating-db",
                    "--prefixes",
                    "2000",
                    "--cdrs",
                    "3000"))
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    boolean finished = bench.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      bench.destroyForcibly();
    }
    String output = Files.readString(out, StandardCharsets.UTF_8);

    assertThat(finished).as(output).isTrue();
    assertThat(bench.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("deck import+activate:")
        .contains("deck re-import:")
        .contains("prefix lookup, SQL:")
        .contains("prefix lookup, index:")
        .contains("CDR pipeline:")
        .contains("plain COPY:")
        .contains("pipeline / plain COPY:");
  }
}
