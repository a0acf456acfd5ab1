package com.didtron.activities.ledger;

import static com.didtron.activities.db.Tables.JOURNAL_ENTRY;
import static com.didtron.activities.db.Tables.JOURNAL_ENTRY_HASH;
import static com.didtron.activities.db.Tables.LEDGER_BALANCE;
import static com.didtron.activities.db.Tables.POSTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.ledger.JournalEntryDraft;
import com.didtron.domain.ledger.LedgerAccount;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.ledger.LedgerRuleViolation;
import com.didtron.domain.ledger.Posting;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.money.Money;
import com.didtron.testsupport.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's rules, enforced by the service and by PostgreSQL itself; the application's database
 * role cannot get around them, and concurrent posters keep the entries' hash chain whole.
 */
class LedgerIT extends ActivitiesIT {
  @Autowired Ledger ledger;
  @Autowired Fixtures fixtures;
  @Autowired LedgerFixtures money;
  @Autowired DataSource dataSource;
  @Autowired DSLContext db;
  @Autowired TransactionTemplate tx;
  @Autowired LedgerVerifier verifier;

  @Test
  void anUnbalancedEntryIsRefusedByTheDatabaseAtCommitEvenThroughRawSql() throws SQLException {
    LedgerAccount revenue = money.account(LedgerPurpose.REVENUE);
    LedgerAccount clearing = money.account(LedgerPurpose.PAYMENT_CLEARING);
    String entry = UUID.randomUUID().toString();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute(rawEntry(entry, revenue, "unbalanced-" + entry));
      s.execute(rawPosting(entry, clearing, "10.00"));
      s.execute(rawPosting(entry, revenue, "-9.99"));
      assertThatThrownBy(c::commit)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("does not balance")
          .hasMessageContaining("0.01");
      c.rollback();
    }
    assertThat(db.fetchExists(JOURNAL_ENTRY, JOURNAL_ENTRY.ID.eq(UUID.fromString(entry))))
        .isFalse();
  }

  @Test
  void anEntryWithASinglePostingIsRefusedByTheDatabase() throws SQLException {
    LedgerAccount revenue = money.account(LedgerPurpose.REVENUE);
    String entry = UUID.randomUUID().toString();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute(rawEntry(entry, revenue, "single-" + entry));
      assertThatThrownBy(c::commit)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("needs at least two");
      c.rollback();
    }
  }

  @Test
  void aBalancedEntryWrittenThroughRawSqlIsAcceptedAndItsBalancesFollow() throws SQLException {
    LedgerAccount revenue = money.account(LedgerPurpose.REVENUE);
    LedgerAccount clearing = money.account(LedgerPurpose.PAYMENT_CLEARING);
    Money before = ledger.balance(clearing.id(), Money.of("0", "USD").currency());
    UUID source =
        money.adjustment(fixtures.account(admin(), Fixtures.unique("Raw")), Money.of("3.5", "USD"));
    String entry = UUID.randomUUID().toString();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute(
          rawEntry(entry, revenue, "raw-" + entry)
              .replace("'ADJUSTMENT', '" + entry + "'", "'ADJUSTMENT', '" + source + "'"));
      s.execute(rawPosting(entry, clearing, "3.50"));
      s.execute(rawPosting(entry, revenue, "-3.50"));
      c.commit();
    }
    assertThat(ledger.balance(clearing.id(), before.currency()))
        .isEqualTo(before.plus(Money.of("3.5", "USD")));
  }

  @Test
  void postingsAndEntriesCanNeitherBeChangedNorDeletedEvenByTheOwnerOfTheTables()
      throws SQLException {
    Posted posted = money.topUp(fixtures.account(admin(), Fixtures.unique("Append")), "5");
    UUID id = posted.entry().id().value();
    try (Connection c = TestDatabase.shared().owner().connect()) {
      DSLContext owner = DSL.using(c, SQLDialect.POSTGRES);
      assertThatThrownBy(
              () ->
                  owner
                      .update(POSTING)
                      .set(POSTING.MEMO, "x")
                      .where(POSTING.ENTRY_ID.eq(id))
                      .execute())
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> owner.deleteFrom(POSTING).where(POSTING.ENTRY_ID.eq(id)).execute())
          .hasMessageContaining("append-only");
      assertThatThrownBy(
              () ->
                  owner
                      .update(JOURNAL_ENTRY)
                      .set(JOURNAL_ENTRY.DESCRIPTION, "x")
                      .where(JOURNAL_ENTRY.ID.eq(id))
                      .execute())
          .hasMessageContaining("append-only");
      assertThatThrownBy(
              () -> owner.deleteFrom(JOURNAL_ENTRY).where(JOURNAL_ENTRY.ID.eq(id)).execute())
          .hasMessageContaining("append-only");
      assertThatThrownBy(
              () ->
                  owner
                      .deleteFrom(JOURNAL_ENTRY_HASH)
                      .where(JOURNAL_ENTRY_HASH.ENTRY_ID.eq(id))
                      .execute())
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> owner.truncate(POSTING).execute())
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> owner.truncate(JOURNAL_ENTRY).cascade().execute())
          .hasMessageContaining("append-only");
    }
  }

  @Test
  void theApplicationsRoleCanNeitherDisableTheAppendOnlyTriggersNorChangeOrDeleteLedgerRows() {
    Posted posted = money.topUp(fixtures.account(admin(), Fixtures.unique("AppRole")), "5");
    UUID id = posted.entry().id().value();
    assertThat(db.fetchValue("SELECT current_user")).isEqualTo("didtron_app");
    assertThatThrownBy(() -> db.execute("ALTER TABLE posting DISABLE TRIGGER posting_append_only"))
        .rootCause()
        .hasMessageContaining("must be owner");
    assertThatThrownBy(() -> db.execute("ALTER TABLE journal_entry DISABLE TRIGGER ALL"))
        .rootCause()
        .hasMessageContaining("must be owner");
    assertThatThrownBy(() -> db.execute("SET session_replication_role = replica"))
        .rootCause()
        .hasMessageContaining("permission denied");
    assertThatThrownBy(
            () ->
                db.update(LEDGER_BALANCE)
                    .set(LEDGER_BALANCE.BALANCE, BigDecimal.ZERO)
                    .where(LEDGER_BALANCE.TENANT_ID.eq(posted.entry().tenantId().value()))
                    .execute())
        .rootCause()
        .hasMessageContaining("permission denied");
    assertThatThrownBy(
            () -> db.deleteFrom(LEDGER_BALANCE).where(LEDGER_BALANCE.POSTINGS.eq(0L)).execute())
        .rootCause()
        .hasMessageContaining("permission denied");
    for (var table : List.of(POSTING, JOURNAL_ENTRY, JOURNAL_ENTRY_HASH)) {
      assertThatThrownBy(() -> db.deleteFrom(table).where(DSL.falseCondition()).execute())
          .as(table.getName())
          .rootCause()
          .hasMessageContaining("permission denied");
    }
    assertThatThrownBy(
            () ->
                db.update(JOURNAL_ENTRY)
                    .set(JOURNAL_ENTRY.DESCRIPTION, "x")
                    .where(JOURNAL_ENTRY.ID.eq(id))
                    .execute())
        .rootCause()
        .hasMessageContaining("permission denied");
    assertThatThrownBy(
            () ->
                db.update(POSTING).set(POSTING.MEMO, "x").where(POSTING.ENTRY_ID.eq(id)).execute())
        .rootCause()
        .hasMessageContaining("permission denied");
    assertThatThrownBy(() -> db.truncate(POSTING).execute())
        .rootCause()
        .hasMessageContaining("permission denied");
  }

  @Test
  void concurrentPostersExtendOneUnbrokenHashChainLinkingEveryEntryOnce() throws Exception {
    List<Account> customers =
        IntStream.range(0, 6)
            .mapToObj(i -> fixtures.account(admin(), Fixtures.unique("Chain" + i)))
            .toList();
    long before = db.fetchCount(JOURNAL_ENTRY_HASH);
    var pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Posted>> posted = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (Account customer : customers) {
          posted.add(pool.submit(() -> money.topUp(customer, "1.25")));
        }
      }
      for (var f : posted) {
        UUID entry = f.get().entry().id().value();
        assertThat(db.fetchCount(JOURNAL_ENTRY_HASH, JOURNAL_ENTRY_HASH.ENTRY_ID.eq(entry)))
            .isEqualTo(1);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(db.fetchCount(JOURNAL_ENTRY_HASH)).isGreaterThanOrEqualTo((int) before + 30);
    assertThat(
            db.fetchSingle("SELECT max(chain_no) - count(*) FROM journal_entry_hash")
                .get(0, Long.class))
        .isZero();
    assertThat(verifier.verify().violations())
        .extracting(v -> v.rule())
        .doesNotContain("hash-chain");
  }

  @Test
  void postingTheSameIdempotencyKeyAgainReturnsTheFirstEntryAndMovesNothing() {
    Account customer = fixtures.account(admin(), Fixtures.unique("Twice"));
    LedgerAccount balance = money.customerAccount(customer);
    UUID source = money.adjustment(customer, Money.of("20", "USD"));
    Posted first = money.topUp(customer, "20", "same-key-" + customer.id(), source);
    Posted again = money.topUp(customer, "20", "same-key-" + customer.id(), source);
    assertThat(first.created()).isTrue();
    assertThat(again.created()).isFalse();
    assertThat(again.entry().id()).isEqualTo(first.entry().id());
    assertThat(ledger.balance(balance.id(), customer.currency())).isEqualTo(Money.of("-20", "USD"));
  }

  @Test
  void anIdempotencyKeyReusedForOtherPostingsIsRefused() {
    Account customer = fixtures.account(admin(), Fixtures.unique("Reuse"));
    money.topUp(customer, "20", "reused-" + customer.id());
    assertThatThrownBy(() -> money.topUp(customer, "21", "reused-" + customer.id()))
        .isInstanceOf(LedgerRuleViolation.class)
        .hasMessageContaining("already used");
  }

  @Test
  void aReversalMirrorsTheEntryRestoresTheBalanceAndHappensOnlyOnce() {
    Account customer = fixtures.account(admin(), Fixtures.unique("Reverse"));
    Posted topUp = money.topUp(customer, "12.345678");
    ReversalRequest undo =
        new ReversalRequest(
            topUp.entry().tenantId(),
            topUp.entry().id(),
            topUp.entry().source(),
            "entered twice",
            LocalDate.now(),
            null,
            "undo-" + topUp.entry().id());
    Posted reversal = tx.execute(s -> ledger.reverse(undo, admin()));
    assertThat(reversal.entry().reversesEntryId()).isEqualTo(topUp.entry().id());
    assertThat(reversal.entry().description()).contains("entered twice");
    assertThat(ledger.balance(money.customerAccount(customer).id(), customer.currency()).isZero())
        .isTrue();
    assertThat(tx.execute(s -> ledger.reverse(undo, admin())).created()).isFalse();
    ReversalRequest other =
        new ReversalRequest(
            undo.tenantId(),
            undo.entryId(),
            undo.source(),
            "again",
            undo.effectiveDate(),
            null,
            "undo-again-" + topUp.entry().id());
    assertThatThrownBy(() -> tx.execute(s -> ledger.reverse(other, admin())))
        .isInstanceOf(LedgerRuleViolation.class)
        .hasMessageContaining("already reversed");
  }

  @Test
  void controlAccountsOfPerPartyPurposesTakeNoPostings() {
    Actor admin = admin();
    LedgerAccount control =
        ledger.chart().control(admin.tenantId(), LedgerPurpose.CUSTOMER_BALANCE);
    LedgerAccount revenue = money.account(LedgerPurpose.REVENUE);
    JournalEntryDraft draft =
        new JournalEntryDraft(
            admin.tenantId(),
            LocalDate.now(),
            "to a control account",
            SourceRef.of(SourceType.ADJUSTMENT, UUID.randomUUID()),
            null,
            "control-" + UUID.randomUUID(),
            List.of(
                Posting.debit(control.id(), Money.of("1", "USD"), null),
                Posting.credit(revenue.id(), Money.of("1", "USD"), null)));
    assertThatThrownBy(() -> tx.execute(s -> ledger.post(draft, admin)))
        .isInstanceOf(LedgerRuleViolation.class)
        .hasMessageContaining("control account");
  }

  @Test
  void entriesAreFoundByTheirSourceAndTheTrialBalanceSumsToZero() {
    Account customer = fixtures.account(admin(), Fixtures.unique("Source"));
    Posted topUp = money.topUp(customer, "7");
    assertThat(ledger.entriesBySource(customer.tenantId(), topUp.entry().source()))
        .extracting(e -> e.id())
        .containsExactly(topUp.entry().id());
    assertThat(ledger.trialBalance(customer.tenantId()).isBalanced()).isTrue();
  }

  private static String rawEntry(String id, LedgerAccount any, String key) {
    return "INSERT INTO journal_entry (id, tenant_id, effective_date, posted_at, posted_by, description,"
        + " source_type, source_id, idempotency_key) VALUES ('"
        + id
        + "', '"
        + any.tenantId()
        + "', current_date, now(), 'raw-sql', 'raw', 'ADJUSTMENT', '"
        + id
        + "', '"
        + key
        + "')";
  }

  private static String rawPosting(String entry, LedgerAccount account, String amount) {
    return "INSERT INTO posting (entry_id, tenant_id, ledger_account_id, currency, amount) VALUES ('"
        + entry
        + "', '"
        + account.tenantId()
        + "', '"
        + account.id()
        + "', 'USD', "
        + amount
        + ")";
  }
}
