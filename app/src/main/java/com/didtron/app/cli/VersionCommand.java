package com.didtron.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./didtron version}: prints the platform version. */
@Command(
    name = "version",
    mixinStandardHelpOptions = true,
    description = "Print the DIDTron version.")
class VersionCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().getOut().println("DIDTron " + version());
  }

  static String version() {
    try (InputStream in = VersionCommand.class.getResourceAsStream("/didtron-version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Serves {@code --version} on every command. */
  static final class Provider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"DIDTron " + version()};
    }
  }
}
