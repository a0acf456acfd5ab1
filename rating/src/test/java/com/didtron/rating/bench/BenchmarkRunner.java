package com.didtron.rating.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs one benchmark class with modest defaults (1 fork, 3 x 2 s warm-up, 5 x 2 s measurement); JMH
 * command-line options such as {@code -f 1 -wi 1 -i 1 -r 1s -p cdrs=100000} override them.
 */
final class BenchmarkRunner {
  private BenchmarkRunner() {}

  static void run(Class<?> benchmark, String[] args) throws Exception {
    CommandLineOptions cmd = new CommandLineOptions(args);
    ChainedOptionsBuilder options =
        new OptionsBuilder().parent(cmd).include(benchmark.getSimpleName());
    if (!cmd.getForkCount().hasValue()) {
      options.forks(1);
    }
    if (!cmd.getWarmupIterations().hasValue()) {
      options.warmupIterations(3);
    }
    if (!cmd.getWarmupTime().hasValue()) {
      options.warmupTime(TimeValue.seconds(2));
    }
    if (!cmd.getMeasurementIterations().hasValue()) {
      options.measurementIterations(5);
    }
    if (!cmd.getMeasurementTime().hasValue()) {
      options.measurementTime(TimeValue.seconds(2));
    }
    new Runner(options.build()).run();
  }
}
