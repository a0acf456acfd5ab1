package com.didtron.app.cli;

import picocli.CommandLine;

/** The CLI's handling of unexpected exceptions: one line on stderr, exit code 1. */
final class OneLineErrors {
  private OneLineErrors() {}

  static CommandLine on(CommandLine cli) {
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine
              .getErr()
              .println("didtron: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
          return 1;
        });
    return cli;
  }
}
