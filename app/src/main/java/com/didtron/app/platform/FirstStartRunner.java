package com.didtron.app.platform;

import com.didtron.activities.user.FirstStart;
import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the very first start, creates the first super admin and shows its one-time password on the
 * console (never in the log files). Later starts do nothing.
 */
@Component
class FirstStartRunner implements ApplicationRunner {
  private final FirstStart firstStart;
  private final DidtronProperties props;

  FirstStartRunner(FirstStart firstStart, DidtronProperties props) {
    this.firstStart = firstStart;
    this.props = props;
  }

  @Override
  public void run(ApplicationArguments args) {
    firstStart
        .ensureSuperAdmin(props.admin().email(), props.admin().password())
        .ifPresent(created -> announce(System.out, created));
  }

  static void announce(PrintStream console, FirstStart.Created created) {
    console.println();
    console.println("=================================================================");
    console.println(" First start: super admin " + created.email() + " created.");
    if (created.generatedPassword() != null) {
      console.println(" One-time password: " + created.generatedPassword());
      console.println(" It is shown only now. Sign in and keep it safe.");
    } else {
      console.println(" Password: the one given in DIDTRON_ADMIN_PASSWORD.");
    }
    console.println("=================================================================");
    console.println();
  }
}
