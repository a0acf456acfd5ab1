package com.didtron.app.cli;

import com.didtron.rating.offline.OfflineRating;
import com.didtron.rating.offline.OfflineRatingException;
import com.didtron.rating.offline.Summary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./didtron rate}: rates a CDR file against sell and buy decks, offline (no server, no
 * database). Operators use it to check a deck against real traffic before activating it.
 */
@Command(
    name = "rate",
    mixinStandardHelpOptions = true,
    description = "Rate a CDR file against rate decks offline; see docs/rating.md for the formats.")
class RateCommand implements Callable<Integer> {
  @Option(
      names = "--sell",
      required = true,
      paramLabel = "ACCOUNT=DECK.csv",
      description = "A customer's sell deck (repeatable)")
  Map<String, Path> sell;

  @Option(
      names = "--buy",
      required = true,
      paramLabel = "CARRIER=DECK.csv",
      description = "A carrier's buy deck (repeatable)")
  Map<String, Path> buy;

  @Option(
      names = "--cdrs",
      required = true,
      paramLabel = "CDRS.csv",
      description = "The CDRs to rate")
  Path cdrs;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "RATED.csv",
      description = "Where the rated CDRs go")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return rate(sell, buy, cdrs, out, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Rates and reports: the summary on {@code stdout}, line problems and failures on stderr. */
  static int rate(
      Map<String, Path> sell,
      Map<String, Path> buy,
      Path cdrs,
      Path out,
      PrintWriter stdout,
      PrintWriter stderr) {
    ByteArrayOutputStream lineErrors = new ByteArrayOutputStream();
    try (PrintStream err = new PrintStream(lineErrors, true, StandardCharsets.UTF_8)) {
      Summary summary = OfflineRating.run(sell, buy, cdrs, out, err);
      stderr.print(lineErrors.toString(StandardCharsets.UTF_8));
      stdout.println(summary.describe());
      return 0;
    } catch (OfflineRatingException e) {
      stderr.print(lineErrors.toString(StandardCharsets.UTF_8));
      stderr.println("didtron rate: " + e.getMessage());
      return 2;
    }
  }
}
