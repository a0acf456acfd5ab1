package com.didtron.app.cli;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.user.UserChange;
import com.didtron.activities.user.UserDraft;
import com.didtron.activities.user.UserService;
import com.didtron.app.platform.StartupProblem;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import com.didtron.domain.user.User;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./didtron admin user ...}: creates users and resets passwords against the platform's
 * database (works while the platform runs). One-time passwords go to stdout, once; the user must
 * replace them at the next sign-in. Every change is audited as {@code system:cli}.
 */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Portal and staff users.",
    subcommands = {AdminUserCommand.Create.class, AdminUserCommand.ResetPassword.class})
class AdminUserCommand implements Runnable {
  static final String DEFAULT_TENANT = "didtron";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs {@code work} in one transaction with a user service; maps failures to exit codes. */
  static int inTransaction(
      Path dataDir, CommandLine.Model.CommandSpec spec, Function<UserService, String> work) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (CliDatabase db = CliDatabase.open(dataDir)) {
      String printed = db.dsl().transactionResult(tx -> work.apply(service(tx.dsl())));
      out.println(printed);
      return 0;
    } catch (StartupProblem e) {
      err.println("didtron: " + e.getMessage());
      return 2;
    } catch (AccessDenied | IllegalArgumentException e) {
      err.println("didtron: " + e.getMessage());
      return 1;
    }
  }

  private static UserService service(DSLContext tx) {
    Clock clock = Clock.systemUTC();
    AuditTrail audit = new AuditTrail(tx, JsonMapper.builder().build(), clock);
    return UserService.standalone(
        tx,
        audit,
        PasswordEncoderFactories.createDelegatingPasswordEncoder(),
        clock,
        new ApiKeyService(tx, audit, clock));
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = {
        "Create a user and print its one-time password (it must be changed at first sign-in).",
        "Uses the database 'start' uses (embedded under --data-dir unless DIDTRON_DB_URL is set)."
      })
  static class Create implements Callable<Integer> {
    @Option(names = "--email", required = true, description = "The login email")
    String email;

    @Option(
        names = "--role",
        required = true,
        split = ",",
        description = "Role(s): SUPER_ADMIN, FINANCE, ANALYST, AUDITOR, CUSTOMER, CARRIER")
    Set<Role> roles;

    @Option(names = "--account", description = "The account id (customer and carrier users)")
    UUID account;

    @Option(
        names = "--tenant",
        description = "The tenant's code (default: ${DEFAULT-VALUE})",
        defaultValue = DEFAULT_TENANT)
    String tenant;

    @Option(names = "--name", description = "Display name (default: the email)")
    String name;

    @Option(names = "--data-dir", description = "Where embedded data lives (default: ./data)")
    Path dataDir;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      return inTransaction(
          dataDir,
          spec,
          users -> {
            TenantId tenantId =
                users
                    .tenant(tenant)
                    .orElseThrow(
                        () -> new IllegalArgumentException("no tenant with code " + tenant));
            UserChange change =
                users.create(
                    Actor.system("cli", tenantId),
                    new UserDraft(
                        email,
                        name == null ? email : name,
                        roles,
                        account == null ? null : new AccountId(account)));
            return switch (change) {
              case UserChange.Created c -> {
                spec.commandLine()
                    .getErr()
                    .println(
                        "User "
                            + c.user().email()
                            + " created in tenant "
                            + tenant
                            + "; one-time password below (shown only now; it must be changed at first sign-in).");
                yield c.oneTimePassword();
              }
              case UserChange.Rejected r ->
                  throw new IllegalArgumentException(
                      String.join(
                          "; ",
                          r.errors().stream().map(e -> e.field() + ": " + e.message()).toList()));
            };
          });
    }
  }

  @Command(
      name = "reset-password",
      mixinStandardHelpOptions = true,
      description = {
        "Give a user a new one-time password (printed once), end its sessions and clear its",
        "sign-in throttle; the user must change the password at the next sign-in."
      })
  static class ResetPassword implements Callable<Integer> {
    @Option(names = "--email", required = true, description = "The user's login email")
    String email;

    @Option(names = "--data-dir", description = "Where embedded data lives (default: ./data)")
    Path dataDir;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      return inTransaction(
          dataDir,
          spec,
          users -> {
            User user =
                users
                    .byEmail(Actor.system("cli", null), email)
                    .orElseThrow(() -> new IllegalArgumentException("no live user " + email));
            String password = users.resetPassword(Actor.system("cli", user.tenantId()), user.id());
            spec.commandLine()
                .getErr()
                .println(
                    "Password of "
                        + user.email()
                        + " reset; one-time password below (it must be changed at the next sign-in).");
            return password;
          });
    }
  }
}
