package com.didtron.app.cli;

import com.didtron.activities.ledger.LedgerVerification;
import com.didtron.activities.ledger.LedgerVerifier;
import com.didtron.app.platform.StartupProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./didtron ledger ...}: offline ledger tools. */
@Command(
    name = "ledger",
    mixinStandardHelpOptions = true,
    description = "Ledger tools.",
    subcommands = LedgerCommand.Verify.class)
class LedgerCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code ./didtron ledger verify}: every invariant, exit 1 on any violation. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Check every ledger invariant: each entry balances per currency, materialised "
            + "balances equal their postings (recomputed), sources exist, reversals mirror their "
            + "originals, and the SHA-256 hash chain over journal entries is unbroken.",
        "Prints the chain head (#<link> <hash>): note it down to detect a chain rewritten later.",
        "Uses the database 'start' uses (embedded under --data-dir unless DIDTRON_DB_URL is set).",
        "Exit status: 0 all hold, 1 violations found, 2 the database could not be read."
      })
  static class Verify implements Callable<Integer> {
    @Option(names = "--data-dir", description = "Where embedded data lives (default: ./data)")
    Path dataDir;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      LedgerVerification result;
      try (CliDatabase db = CliDatabase.open(dataDir)) {
        result =
            db.dsl()
                .transactionResult(
                    tx -> {
                      tx.dsl()
                          .execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                      return new LedgerVerifier(tx.dsl()).verify();
                    });
      } catch (StartupProblem e) {
        err.println("didtron: " + e.getMessage());
        return 2;
      } catch (RuntimeException e) {
        err.println("didtron: cannot read the ledger: " + e.getMessage());
        return 2;
      }
      String checked =
          result.entries()
              + " entries, "
              + result.postings()
              + " postings, "
              + result.balances()
              + " balances";
      if (result.chainHead() != null) {
        out.println("Hash chain head: " + result.chainHead());
      }
      if (result.ok()) {
        out.println("Ledger OK: " + checked + "; every invariant holds.");
        return 0;
      }
      result.violations().forEach(v -> out.println("VIOLATION " + v));
      out.println(
          "Ledger NOT OK: " + result.violations().size() + " violation(s) in " + checked + ".");
      return 1;
    }
  }
}
