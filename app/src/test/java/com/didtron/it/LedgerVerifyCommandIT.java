package com.didtron.it;

import static com.didtron.activities.db.Tables.JOURNAL_ENTRY;
import static com.didtron.activities.db.Tables.LEDGER_BALANCE;
import static com.didtron.activities.db.Tables.POSTING;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.ledger.Posted;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.app.cli.Didtron;
import com.didtron.app.platform.DatabaseLogins;
import com.didtron.domain.account.Account;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

/**
 * {@code didtron ledger verify} against the running test platform's embedded PostgreSQL: tampering
 * by the schema's owner or a superuser with triggers disabled is reported with the entry it hit.
 */
class LedgerVerifyCommandIT extends PlatformIT {
  @Autowired Fixtures fixtures;
  @Autowired LedgerFixtures money;
  @Autowired DSLContext db;
  @Autowired DatabaseLogins dbLogins;
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
  void aMaterialisedBalanceUpdatedByTheOwnerIsReportedWithANonZeroExit() throws SQLException {
    Account customer = fixtures.account(admin(), Fixtures.unique("Drift"));
    Posted topUp = money.topUp(customer, "10");
    var account = money.customerAccount(customer).id().value();
    var where = LEDGER_BALANCE.LEDGER_ACCOUNT_ID.eq(account).and(LEDGER_BALANCE.CURRENCY.eq("USD"));
    asOwner(
        o ->
            o.update(LEDGER_BALANCE)
                .set(LEDGER_BALANCE.BALANCE, LEDGER_BALANCE.BALANCE.plus(BigDecimal.ONE))
                .where(where)
                .execute());
    try {
      Outcome o = run("ledger", "verify", "--data-dir", DATA_DIR.toString());
      assertThat(o.exit()).isEqualTo(1);
      assertThat(o.out())
          .contains("VIOLATION balance-equals-postings")
          .contains(money.customerAccount(customer).code())
          .contains("Ledger NOT OK");
    } finally {
      asOwner(
          o ->
              o.update(LEDGER_BALANCE)
                  .set(LEDGER_BALANCE.BALANCE, LEDGER_BALANCE.BALANCE.minus(BigDecimal.ONE))
                  .where(where)
                  .execute());
    }
    assertThat(topUp.created()).isTrue();
  }

  @Test
  void aPostingAddedToAnOldEntryByASuperuserWithTriggersDisabledIsReportedWithTheEntryId()
      throws SQLException {
    Posted old = money.topUp(fixtures.account(admin(), Fixtures.unique("Slipped")), "10");
    money.topUp(fixtures.account(admin(), Fixtures.unique("Later")), "3");
    UUID entry = old.entry().id().value();
    List<Long> added = new ArrayList<>();
    asOwnerWithoutTriggers(
        o ->
            old.entry()
                .lines()
                .forEach(
                    line ->
                        added.add(
                            o.insertInto(POSTING)
                                .set(POSTING.ENTRY_ID, entry)
                                .set(POSTING.TENANT_ID, old.entry().tenantId().value())
                                .set(POSTING.LEDGER_ACCOUNT_ID, line.account().value())
                                .set(POSTING.CURRENCY, "USD")
                                .set(
                                    POSTING.AMOUNT,
                                    line.amount().amount().signum() > 0
                                        ? new BigDecimal("5")
                                        : new BigDecimal("-5"))
                                .returning(POSTING.ID)
                                .fetchSingle()
                                .getId())));
    try {
      Outcome o = run("ledger", "verify", "--data-dir", DATA_DIR.toString());
      assertThat(o.exit()).isEqualTo(1);
      assertThat(o.out())
          .contains("VIOLATION hash-chain: entry #" + old.entry().entryNo() + " (" + entry + ")")
          .contains("changed after it was posted")
          .doesNotContain("VIOLATION entry-balances-per-currency");
    } finally {
      asOwnerWithoutTriggers(o -> o.deleteFrom(POSTING).where(POSTING.ID.in(added)).execute());
    }
    assertThat(run("ledger", "verify", "--data-dir", DATA_DIR.toString()).exit()).isZero();
  }

  @Test
  void anEntryWhoseTextWasChangedBehindTheTriggersIsReportedWithTheEntryIdAndTheChainHeadIsPrinted()
      throws SQLException {
    Posted posted = money.topUp(fixtures.account(admin(), Fixtures.unique("Rewritten")), "7");
    UUID entry = posted.entry().id().value();
    String original = posted.entry().description();
    String head = run("ledger", "verify", "--data-dir", DATA_DIR.toString()).out();
    assertThat(head).containsPattern("Hash chain head: #[0-9]+ [0-9a-f]{64}");
    asOwnerWithoutTriggers(
        o ->
            o.update(JOURNAL_ENTRY)
                .set(JOURNAL_ENTRY.DESCRIPTION, "Refund to a friend")
                .where(JOURNAL_ENTRY.ID.eq(entry))
                .execute());
    try {
      Outcome o = run("ledger", "verify", "--data-dir", DATA_DIR.toString());
      assertThat(o.exit()).isEqualTo(1);
      assertThat(o.out())
          .contains("VIOLATION hash-chain: entry #" + posted.entry().entryNo() + " (" + entry + ")")
          .containsOnlyOnce("VIOLATION");
    } finally {
      asOwnerWithoutTriggers(
          o ->
              o.update(JOURNAL_ENTRY)
                  .set(JOURNAL_ENTRY.DESCRIPTION, original)
                  .where(JOURNAL_ENTRY.ID.eq(entry))
                  .execute());
    }
  }

  /** As the schema's owner (the embedded superuser): what raw SQL by an administrator can do. */
  private void asOwner(Consumer<DSLContext> work) throws SQLException {
    try (Connection c = dbLogins.owner().connect()) {
      work.accept(DSL.using(c, SQLDialect.POSTGRES));
    }
  }

  /** As the superuser with every trigger off for the transaction (session_replication_role). */
  private void asOwnerWithoutTriggers(Consumer<DSLContext> work) throws SQLException {
    asOwner(
        o ->
            o.transaction(
                t -> {
                  t.dsl().execute("SET LOCAL session_replication_role = replica");
                  work.accept(t.dsl());
                }));
  }

  @Test
  void aDataDirectoryWithoutADatabaseGivesOneClearLineAndExitTwo() {
    Outcome o = run("ledger", "verify", "--data-dir", empty.toString());
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains("no DIDTron database in").doesNotContain("\tat ");
  }
}
