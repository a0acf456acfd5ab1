package com.didtron.app.cli;

import com.didtron.activities.apikey.ApiKeyRequest;
import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.apikey.CreatedApiKey;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.app.platform.StartupProblem;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./didtron admin ...}: administration from the command line, against the platform's
 * database.
 */
@Command(
    name = "admin",
    mixinStandardHelpOptions = true,
    description = "Administration tools.",
    subcommands = {AdminCommand.ApiKey.class, AdminUserCommand.class})
class AdminCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "api-key",
      mixinStandardHelpOptions = true,
      description = "REST API keys.",
      subcommands = ApiKey.Create.class)
  static class ApiKey implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code ./didtron admin api-key create --user EMAIL}: prints the new key once. */
    @Command(
        name = "create",
        mixinStandardHelpOptions = true,
        description = {
          "Create an API key for a user and print it (it is shown only this once).",
          "Uses the database 'start' uses (embedded under --data-dir unless DIDTRON_DB_URL is set)."
        })
    static class Create implements Callable<Integer> {
      @Option(names = "--user", required = true, description = "The user's email")
      String email;

      @Option(
          names = "--name",
          description = "A label for the key (default: ${DEFAULT-VALUE})",
          defaultValue = "created with didtron admin")
      String name;

      @Option(names = "--data-dir", description = "Where embedded data lives (default: ./data)")
      Path dataDir;

      @Option(
          names = "--expires",
          description =
              "When the key stops working: a date (UTC midnight) "
                  + "or an instant, e.g. 2027-01-31 or 2027-01-31T12:00:00Z (default: never)")
      String expires;

      @Option(
          names = "--read-only",
          description = "The key may only read (GET); anything else is refused")
      boolean readOnly;

      @CommandLine.Spec CommandLine.Model.CommandSpec spec;

      @Override
      public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (CliDatabase db = CliDatabase.open(dataDir)) {
          CreatedApiKey created =
              db.dsl()
                  .transactionResult(
                      tx -> {
                        Clock clock = Clock.systemUTC();
                        ApiKeyService keys =
                            new ApiKeyService(
                                tx.dsl(),
                                new AuditTrail(tx.dsl(), JsonMapper.builder().build(), clock),
                                clock);
                        return keys.createFor(
                            Actor.system("cli", null),
                            email,
                            new ApiKeyRequest(name, expiry(expires), readOnly));
                      });
          out.println(created.secret());
          err.println(
              "API key "
                  + created.key().prefix()
                  + "… created for "
                  + email
                  + "; send it as 'Authorization: Bearer <key>'. It is not shown again.");
          return 0;
        } catch (StartupProblem e) {
          err.println("didtron: " + e.getMessage());
          return 2;
        } catch (AccessDenied | IllegalArgumentException e) {
          err.println("didtron: " + e.getMessage());
          return 1;
        }
      }

      private static Instant expiry(String text) {
        if (text == null || text.isBlank()) {
          return null;
        }
        try {
          return text.contains("T")
              ? Instant.parse(text.strip())
              : LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("--expires: not a date or instant: " + text);
        }
      }
    }
  }
}
