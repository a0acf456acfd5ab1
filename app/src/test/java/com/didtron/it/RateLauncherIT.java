package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./didtron rate} through the launcher as an operator runs it: the small class path, the
 * start-up cache and the JIT policy for deck loading (whose console notice the launcher keeps out
 * of stderr), the exit code passed on, line-numbered problems still on stderr.
 */
class RateLauncherIT {
  private static final Path LAUNCHER = Path.of("..", "didtron").toAbsolutePath().normalize();
  private static final String DECK =
      "prefix,destination,rate,connect_fee,initial_increment,subsequent_increment,"
          + "effective_from,effective_to\n"
          + "44,United Kingdom,0.0125,,1,1,2026-01-01,\n"
          + "4420,London,0.011,,60,60,2026-01-01,\n";

  private record Run(int exit, String out, String err) {}

  @Test
  void ratesFileToFileAndKeepsStderrForTheFilesProblems(@TempDir Path dir) throws Exception {
    Path sell = Files.writeString(dir.resolve("sell.csv"), DECK);
    Path buy = Files.writeString(dir.resolve("buy.csv"), DECK.replace("0.0125", "0.0100"));
    Path cdrs =
        Files.writeString(
            dir.resolve("cdrs.csv"),
            "call_id,account,carrier,caller,callee,start_time,duration\n"
                + "c1,ACME,CARRIER1,15550001111,442071234567,2026-06-01T10:00:00Z,61\n"
                + "c2,ACME,CARRIER1,15550001111,447700900123,not-a-time,30\n");
    Path out = dir.resolve("rated.csv");
    List<String> args =
        List.of(
            "rate",
            "--sell",
            "ACME=" + sell,
            "--buy",
            "CARRIER1=" + buy,
            "--cdrs",
            cdrs.toString(),
            "--out",
            out.toString());
    // the first run writes the start-up cache (none yet: removed here), the second one uses it:
    // both answer the same, and neither shows the JVM's notices about the cache or the directives
    Files.deleteIfExists(LAUNCHER.resolveSibling("app/target/rate-cli/rate.aot"));
    for (int i = 0; i < 2; i++) {
      Run run = launch(dir, args);
      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(run.out()).contains("2 CDRs: 1 rated, 1 unrated (INVALID_RECORD=1)");
      assertThat(run.err())
          .contains("cdrs.csv line 3: start_time 'not-a-time'")
          .doesNotContain("compiler directives")
          .doesNotContain("AOT");
      assertThat(Files.readAllLines(out)).hasSize(3);
      assertThat(Files.readAllLines(out).get(1)).startsWith("c1,RATED,4420,");
    }
    Run missing = launch(dir, List.of("rate", "--sell", "ACME=" + sell, "--cdrs", cdrs.toString()));
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing required option").doesNotContain("directives");
  }

  @Test
  void aCacheTrainedByAFarSmallerRunIsWrittenAgainByABigOne(@TempDir Path dir) throws Exception {
    Path sell = Files.writeString(dir.resolve("sell.csv"), DECK);
    StringBuilder rows = new StringBuilder(CDR_HEADER);
    Path small = Files.writeString(dir.resolve("small.csv"), rows + CDR_ROW.formatted(0));
    for (int i = 0; i < 200; i++) {
      rows.append(CDR_ROW.formatted(i));
    }
    Path big = Files.writeString(dir.resolve("big.csv"), rows);
    Path cache = LAUNCHER.resolveSibling("app/target/rate-cli/rate.aot");
    Path trained = LAUNCHER.resolveSibling("app/target/rate-cli/rate.aot.trained");
    Files.deleteIfExists(cache);
    boolean startUpCache = Runtime.version().feature() >= 25;

    assertThat(rate(dir, sell, small).exit()).isZero();
    if (startUpCache) {
      assertThat(Files.readString(trained).strip()).isEqualTo(String.valueOf(Files.size(small)));
    }
    Run bigger = rate(dir, sell, big);
    assertThat(bigger.exit()).as(bigger.err()).isZero();
    assertThat(bigger.out()).contains("200 CDRs: 200 rated");
    assertThat(bigger.err()).doesNotContain("AOT");
    if (startUpCache) {
      assertThat(Files.readString(trained).strip()).isEqualTo(String.valueOf(Files.size(big)));
      assertThat(cache).exists();
      FileTime written = Files.getLastModifiedTime(cache);
      assertThat(rate(dir, sell, big).exit()).isZero();
      assertThat(Files.getLastModifiedTime(cache)).isEqualTo(written);
      assertThat(rate(dir, sell, small).exit()).isZero();
      assertThat(Files.getLastModifiedTime(cache)).isEqualTo(written);
    } else {
      assertThat(trained).doesNotExist();
    }
    try (Stream<Path> left = Files.list(cache.getParent())) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.matches("rate\\.\\d+\\.aot.*"));
    }
  }

  private static final String CDR_HEADER =
      "call_id,account,carrier,caller,callee,start_time,duration\n";
  private static final String CDR_ROW =
      "c%d,ACME,CARRIER1,15550001111,442071234567,2026-06-01T10:00:00Z,61\n";

  private static Run rate(Path dir, Path deck, Path cdrs) throws IOException, InterruptedException {
    return launch(
        dir,
        List.of(
            "rate",
            "--sell",
            "ACME=" + deck,
            "--buy",
            "CARRIER1=" + deck,
            "--cdrs",
            cdrs.toString(),
            "--out",
            dir.resolve("rated.csv").toString()));
  }

  private static Run launch(Path dir, List<String> args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(LAUNCHER.toString()));
    cmd.addAll(args);
    Path stdout = Files.createTempFile(dir, "out", ".txt");
    Path stderr = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    pb.environment().put("DIDTRON_NO_BUILD", "1");
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    // a cache trained by a small file is written again by one four times its size, whatever size
    pb.environment().put("DIDTRON_RATE_RETRAIN_BYTES", "1");
    Process p = pb.start();
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("didtron rate finished").isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }
}
