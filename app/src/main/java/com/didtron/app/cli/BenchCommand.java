package com.didtron.app.cli;

import com.didtron.activities.did.DidRental;
import com.didtron.rating.bench.RatingBench;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./didtron bench …}: speed measurements on this machine (see docs/benchmarks.md). */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure DIDTron's hot paths on this machine.",
    subcommands = {
      BenchCommand.Rating.class,
      BenchCommand.Rate.class,
      BenchCommand.RatingDb.class,
      BenchCommand.Dids.class,
      BenchCommand.Accrual.class,
      BenchCommand.Scale.class,
      SipBenchCommand.class,
      SwitchBenchCommand.class
    })
class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code ./didtron bench rating}: prefix lookups, rating, deck parse, LCR, heap per prefix. */
  @Command(
      name = "rating",
      mixinStandardHelpOptions = true,
      description = "Rating engine against straightforward baselines, side by side.")
  static class Rating implements Runnable {
    @Option(
        names = "--prefixes",
        defaultValue = "300000",
        description = "Deck size (default: ${DEFAULT-VALUE})")
    int prefixes;

    @Option(
        names = "--cdrs",
        defaultValue = "1000000",
        description = "CDRs to rate (default: ${DEFAULT-VALUE})")
    int cdrs;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().getOut().println(RatingBench.run(prefixes, cdrs));
    }
  }

  /** {@code ./didtron bench rate}: {@code didtron rate} as a whole process vs a plain rater. */
  @Command(
      name = "rate",
      mixinStandardHelpOptions = true,
      description =
          "./didtron rate as a whole process (JVM start, three decks, rating) on generated files,"
              + " beside the straightforward rater on the same files.")
  static class Rate implements Runnable {
    @Option(
        names = "--prefixes",
        defaultValue = "300000",
        description = "Prefixes per deck (default: ${DEFAULT-VALUE})")
    int prefixes;

    @Option(
        names = "--cdrs",
        defaultValue = "2000000",
        description = "CDRs to rate (default: ${DEFAULT-VALUE})")
    int cdrs;

    @Option(
        names = "--runs",
        defaultValue = "3",
        description = "Timed runs after the first (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(
        names = "--no-baseline",
        description = "Skip the straightforward rater (it takes tens of seconds)")
    boolean noBaseline;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().getOut().println(RateBench.run(prefixes, cdrs, runs, !noBaseline));
    }
  }

  /** {@code ./didtron bench rating-db}: deck import, SQL lookups, CDR pipeline vs plain COPY. */
  @Command(
      name = "rating-db",
      mixinStandardHelpOptions = true,
      description =
          "Rating with PostgreSQL (a throw-away embedded platform): deck import and "
              + "activation, naive SQL prefix lookup, CDR pipeline vs plain COPY.")
  static class RatingDb implements Runnable {
    @Option(
        names = "--prefixes",
        defaultValue = "300000",
        description = "Deck size (default: ${DEFAULT-VALUE})")
    int prefixes;

    @Option(
        names = "--cdrs",
        defaultValue = "200000",
        description = "CDRs to ingest (default: ${DEFAULT-VALUE})")
    int cdrs;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().getOut().println(RatingDbBench.run(prefixes, cdrs));
    }
  }

  /** {@code ./didtron bench dids}: inventory import and customer search at scale. */
  @Command(
      name = "dids",
      mixinStandardHelpOptions = true,
      description =
          "DID inventory import and search on a throw-away embedded platform: p50/p95/max per"
              + " kind of search, beside plain SQL baselines.")
  static class Dids implements Runnable {
    @Option(
        names = "--numbers",
        defaultValue = "1000000",
        description = "Inventory numbers to import (default: ${DEFAULT-VALUE})")
    int numbers;

    @Option(
        names = "--queries",
        defaultValue = "200",
        description = "Timed queries per kind after warm-up (default: ${DEFAULT-VALUE})")
    int queries;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().getOut().println(DidsBench.run(numbers, queries));
    }
  }

  /** {@code ./didtron bench accrual}: the daily DID rental over many numbers in service. */
  @Command(
      name = "accrual",
      mixinStandardHelpOptions = true,
      description =
          "Daily DID rental on a throw-away embedded platform: one day accrued for every number in"
              + " service (rows, ledger entries, balances), then again (posts nothing).")
  static class Accrual implements Runnable {
    @Option(
        names = "--numbers",
        defaultValue = "100000",
        description = "Numbers in service (default: ${DEFAULT-VALUE})")
    int numbers;

    @Option(
        names = "--accounts",
        defaultValue = "100",
        description = "Customers the numbers are spread over (default: ${DEFAULT-VALUE})")
    int accounts;

    @Option(
        names = "--batch",
        description = "Numbers per batch (default: the daily run's, DidRental.BATCH)")
    Integer batch;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine()
          .getOut()
          .println(AccrualBench.run(numbers, accounts, batch == null ? DidRental.BATCH : batch));
    }
  }

  /** {@code ./didtron bench scale}: growth curves of ingest, CDR pages, invoices at 1M-10M CDRs. */
  @Command(
      name = "scale",
      mixinStandardHelpOptions = true,
      description =
          "Growth curves on a throw-away embedded platform: CDRs loaded through the pipeline to"
              + " 1M, 5M, 10M (50M with --large); per size the ingest rate of 2M more against a"
              + " plain COPY, CDR page p95, invoice run, statement, trial balance, database size.")
  static class Scale implements Runnable {
    @Option(names = "--large", description = "Also 50,000,000 CDRs (about an hour, ~40 GB)")
    boolean large;

    @Option(
        names = "--sizes",
        split = ",",
        description = "Sizes to measure at instead of 1M,5M,10M (e.g. 200000,1000000)")
    List<Long> sizes;

    @Option(
        names = "--prefixes",
        defaultValue = "20000",
        description = "Deck size (default: ${DEFAULT-VALUE})")
    int prefixes;

    @Option(
        names = "--queries",
        defaultValue = "40",
        description =
            "Timed queries per kind of page (default: ${DEFAULT-VALUE}; 0: measure only the"
                + " ingest against the plain COPY)")
    int queries;

    @Option(
        names = "--measured",
        defaultValue = "2000000",
        description = "CDRs ingested (and plain-COPied) at each size (default: ${DEFAULT-VALUE})")
    int measured;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      List<Long> at =
          new ArrayList<>(sizes == null ? List.of(1_000_000L, 5_000_000L, 10_000_000L) : sizes);
      if (large) {
        at.add(50_000_000L);
      }
      ScaleBench.run(at, prefixes, queries, measured, spec.commandLine().getOut());
    }
  }
}
