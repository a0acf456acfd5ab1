package com.didtron.app.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * {@code ./didtron rate} without the rest of the command line: the launcher starts this class on a
 * small class path (the rating module, picocli) so the offline rater does not pay for loading and
 * introspecting every other command. Plain {@code --sell/--buy/--cdrs/--out} arguments are read
 * directly (picocli's model costs a noticeable part of a second-long run); anything else (help, a
 * typo, a missing option) goes to picocli for its usual messages. Same options, output and exit
 * codes as {@code didtron rate}.
 */
public final class RateMain {
  private RateMain() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    Parsed parsed = Parsed.of(args);
    if (parsed == null) {
      return commandLine().execute(args);
    }
    Charset charset = Charset.defaultCharset();
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true);
    int exit = RateCommand.rate(parsed.sell, parsed.buy, parsed.cdrs, parsed.out, out, err);
    out.flush();
    err.flush();
    return exit;
  }

  /** The rate command alone, with the CLI's one-line error handling. */
  static CommandLine commandLine() {
    return OneLineErrors.on(new CommandLine(new RateCommand()));
  }

  /** The arguments of an ordinary run; null for anything picocli should handle. */
  private static final class Parsed {
    final Map<String, Path> sell = new LinkedHashMap<>();
    final Map<String, Path> buy = new LinkedHashMap<>();
    Path cdrs;
    Path out;

    static Parsed of(String[] args) {
      Parsed p = new Parsed();
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        String value;
        int eq = name.indexOf('=');
        if (name.startsWith("--") && eq > 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          return null;
        }
        try {
          if (value.startsWith("--") || !p.accept(name, value)) {
            return null;
          }
        } catch (java.nio.file.InvalidPathException e) {
          return null;
        }
      }
      boolean complete = !p.sell.isEmpty() && !p.buy.isEmpty() && p.cdrs != null && p.out != null;
      return complete ? p : null;
    }

    private boolean accept(String name, String value) {
      switch (name) {
        case "--sell", "--buy" -> {
          int eq = value.indexOf('=');
          if (eq <= 0 || eq == value.length() - 1) {
            return false;
          }
          (name.equals("--sell") ? sell : buy)
              .put(value.substring(0, eq), Path.of(value.substring(eq + 1)));
          return true;
        }
        case "--cdrs" -> {
          if (cdrs != null) {
            return false;
          }
          cdrs = Path.of(value);
          return true;
        }
        case "--out" -> {
          if (out != null) {
            return false;
          }
          out = Path.of(value);
          return true;
        }
        default -> {
          return false;
        }
      }
    }
  }
}
