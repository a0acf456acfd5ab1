package com.didtron.it;

import static com.didtron.activities.db.Tables.LEDGER_BALANCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.ledger.Posted;
import com.didtron.app.cli.Didtron;
import com.didtron.domain.account.Account;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

/** {@code didtron ledger verify} against the running test platform's embedded PostgreSQL. */
class LedgerVerifyCommandIT extends PlatformIT {
  @Autowired Fixtures fixtures;
  @Autowired LedgerFixtures money;
  @Autowired DSLContext db;
  @TempDir Path empty;

  private record Outcome(int exit, String out, String err) {}

  private static Outcome run(String... args) {
    CommandLine cli = Didtron.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Outcome(exit, out.toString(), err.toString());
  }

  @Test
  void aSoundLedgerVerifiesWithExitZero() {
    money.topUp(fixtures.account(admin(), Fixtures.unique("Verified")), "10");
    Outcome o = run("ledger", "verify", "--data-dir", DATA_DIR.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).contains("Ledger OK").contains("every invariant holds");
  }

  @Test
  void aMaterialisedBalanceThatDriftedFromItsPostingsIsReportedWithANonZeroExit() {
    Account customer = fixtures.account(admin(), Fixtures.unique("Drift"));
    Posted topUp = money.topUp(customer, "10");
    var account = money.customerAccount(customer).id().value();
    var where = LEDGER_BALANCE.LEDGER_ACCOUNT_ID.eq(account).and(LEDGER_BALANCE.CURRENCY.eq("USD"));
    db.update(LEDGER_BALANCE).set(LEDGER_BALANCE.BALANCE, LEDGER_BALANCE.BALANCE.plus(BigDecimal.ONE)).where(where).execute();
    try {
      Outcome o = run("ledger", "verify", "--data-dir", DATA_DIR.toString());
      assertThat(o.exit()).isEqualTo(1);
      assertThat(o.out()).contains("VIOLATION balance-equals-postings")
          .contains(money.customerAccount(customer).code()).contains("Ledger NOT OK");
    } finally {
      db.update(LEDGER_BALANCE).set(LEDGER_BALANCE.BALANCE, LEDGER_BALANCE.BALANCE.minus(BigDecimal.ONE)).where(where).execute();
    }
    assertThat(topUp.created()).isTrue();
  }

  @Test
  void aDataDirectoryWithoutADatabaseGivesOneClearLineAndExitTwo() {
    Outcome o = run("ledger", "verify", "--data-dir", empty.toString());
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains("no DIDTron database in").doesNotContain("\tat ");
  }
}
