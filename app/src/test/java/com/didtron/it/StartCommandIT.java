package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.app.cli.Didtron;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./didtron start} with bad configuration: one clear line, a non-zero exit. */
class StartCommandIT {
  @TempDir Path dataDir;

  private record Outcome(int exit, String err) {}

  private Outcome start(String... args) {
    CommandLine cli = Didtron.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    int exit = cli.execute(args);
    return new Outcome(exit, err.toString());
  }

  @Test
  void aWrongDatabaseUrlEndsTheStartWithOneClearLine() {
    System.setProperty("didtron.db.url", "jdbc:postgresql://127.0.0.1:1/nowhere");
    try {
      Outcome o =
          start("start", "--data-dir", dataDir.toString(), "--port", "0", "--temporal-port", "0");
      assertThat(o.exit()).isNotZero();
      assertThat(o.err())
          .contains("cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/nowhere")
          .doesNotContain("\tat ")
          .doesNotContain("Exception");
    } finally {
      System.clearProperty("didtron.db.url");
    }
  }

  @Test
  void anUnreachableTemporalEndsTheStartWithOneClearLine() {
    System.setProperty("didtron.temporal.address", "127.0.0.1:1");
    try {
      Outcome o = start("start", "--data-dir", dataDir.toString(), "--port", "0");
      assertThat(o.exit()).isNotZero();
      assertThat(o.err()).contains("cannot reach Temporal at 127.0.0.1:1").doesNotContain("\tat ");
    } finally {
      System.clearProperty("didtron.temporal.address");
    }
  }

  @Test
  void aSecondStartOnADataDirInUseStopsBeforeTouchingTheDatabase() throws Exception {
    Path lockFile = dataDir.resolve("didtron.lock");
    try (FileChannel ch =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held = ch.tryLock()) {
      assertThat(held).isNotNull();
      Outcome o = start("start", "--data-dir", dataDir.toString());
      assertThat(o.exit()).isNotZero();
      assertThat(o.err()).contains("is in use by another DIDTron");
      assertThat(Files.exists(dataDir.resolve("pg"))).isFalse();
    }
  }

  @Test
  void everyCommandHasHelp() {
    CommandLine cli = Didtron.commandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    assertThat(cli.execute("start", "--help")).isZero();
    assertThat(out.toString()).contains("--data-dir").contains("--port");
  }
}
