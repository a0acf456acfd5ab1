package com.didtron.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./didtron}: the platform's command line. Each subcommand has {@code --help}. */
@Command(
    name = "didtron",
    mixinStandardHelpOptions = true,
    versionProvider = VersionCommand.Provider.class,
    description = "DIDTron: white-label wholesale VoIP business platform.",
    subcommands = {
      StartCommand.class,
      VersionCommand.class,
      RateCommand.class,
      LcrCommand.class,
      BenchCommand.class,
      LedgerCommand.class,
      AdminCommand.class,
      SipCommand.class,
      SwitchCommand.class,
      CommandLine.HelpCommand.class
    })
public class Didtron implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with its one-line error handling; tests drive it in-process. */
  public static CommandLine commandLine() {
    return OneLineErrors.on(new CommandLine(new Didtron()));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
