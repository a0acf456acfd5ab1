package com.didtron.app.cli;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.did.DidInventory;
import com.didtron.activities.did.DidPrices;
import com.didtron.activities.did.DidRental;
import com.didtron.activities.did.InventoryImport;
import com.didtron.activities.user.UserLogins;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.did.DailyRental;
import com.didtron.domain.did.NumberType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code didtron bench accrual}: a throw-away platform holds {@code numbers} numbers in service
 * (imported through the CSV import façade, then made ACTIVE for {@code accounts} customers in one
 * statement, as ordering would leave them) and times {@link DidRental#accrueDay} for today (batch
 * size: the daily workflow's unless asked): {@code did_accrual} rows, ledger entries, balances. A
 * second run must post nothing (exactly once); the bench checks the rows, entries and balances it
 * left, or fails.
 */
final class AccrualBench {
  private static final BigDecimal MONTHLY = new BigDecimal("1.50");

  private AccrualBench() {}

  static String run(int numbers, int accounts, int batch) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("didtron-accrual-bench");
      try (ConfigurableApplicationContext platform = RatingDbBench.start(dir)) {
        return scenario(platform, numbers, accounts, batch, dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new IllegalStateException(StartFailure.describe(e), e);
    } finally {
      RatingDbBench.delete(dir);
    }
  }

  private static String scenario(
      ConfigurableApplicationContext platform, int numbers, int accounts, int batch, Path dir)
      throws IOException {
    StringBuilder out = new StringBuilder();
    Actor admin =
        platform.getBean(UserLogins.class).principal(RatingDbBench.ADMIN).orElseThrow().actor();
    DSLContext db = platform.getBean(DSLContext.class);
    DidRental rental = platform.getBean(DidRental.class);
    line(
        out,
        "DIDTron accrual bench: %,d numbers in service, %d customers, batches of %d, %s, %d"
            + " processors, Java %s",
        numbers,
        accounts,
        batch,
        String.valueOf(db.fetchValue("SELECT version()")).replaceAll(" on .*", ""),
        Runtime.getRuntime().availableProcessors(),
        Runtime.version());
    // the numbers: imported as the dids bench does, priced, then in service for the customers
    Path csv = dir.resolve("inventory.csv");
    DidsBench.write(csv, numbers);
    InventoryImport outcome;
    try (InputStream in = Files.newInputStream(csv)) {
      outcome =
          platform.getBean(DidInventory.class).importCsv(admin, "bench", null, "inventory.csv", in);
    }
    if (!(outcome instanceof InventoryImport.Imported)) {
      throw new IllegalStateException("import refused: " + outcome);
    }
    DidPrices prices = platform.getBean(DidPrices.class);
    for (String country : List.of("DE", "FR", "NL", "GB")) {
      for (NumberType type : NumberType.values()) {
        prices.add(
            admin,
            new DidPrices.PriceDraft(
                country,
                type,
                null,
                MONTHLY,
                new BigDecimal("5.00"),
                new BigDecimal("0.010000"),
                "EUR",
                null));
      }
    }
    List<String> customers = new ArrayList<>();
    AccountService accountService = platform.getBean(AccountService.class);
    for (int i = 0; i < accounts; i++) {
      AccountChange c =
          accountService.create(
              admin,
              new AccountDraft(
                  "Bench customer " + i,
                  AccountKind.CUSTOMER,
                  "EUR",
                  BillingMode.POSTPAID,
                  new BigDecimal("1000000"),
                  AccountStatus.ACTIVE,
                  null));
      if (!(c instanceof AccountChange.Saved saved)) {
        throw new IllegalStateException("bench account not created: " + c);
      }
      customers.add(saved.account().id().value().toString());
    }
    db.execute(
        "UPDATE did_inventory i SET status = 'ACTIVE', account_id = a.id, destination_uri ="
            + " 'sip:pbx@example.net', activated_at = now() - interval '1 hour' FROM (SELECT id,"
            + " (row_number() OVER (ORDER BY number) - 1) % ? AS k FROM did_inventory) n JOIN"
            + " unnest(?::text[]::uuid[]) WITH ORDINALITY AS a(id, k) ON a.k - 1 = n.k WHERE"
            + " i.id = n.id",
        accounts, customers.toArray(String[]::new));
    db.execute("ANALYZE did_inventory");
    LocalDate day = LocalDate.now(ZoneOffset.UTC);
    String load = loadAverage();

    long t0 = System.nanoTime();
    DidRental.Batch first = rental.accrueDay(day, batch);
    double s1 = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    DidRental.Batch again = rental.accrueDay(day, batch);
    double s2 = (System.nanoTime() - t1) / 1e9;

    long rows = db.fetchCount(db.selectFrom("did_accrual").where("day = ?", day));
    long entries =
        db.fetchCount(db.selectFrom("journal_entry").where("source_type = 'DID_ACCRUAL'"));
    long unlinked = db.fetchCount(db.selectFrom("did_accrual").where("ledger_entry_id IS NULL"));
    // each entry debits its customer exactly the rows linked to it
    int mismatched =
        db.resultQuery(
                "SELECT d.amount FROM (SELECT e.id, p.amount FROM journal_entry e JOIN posting p"
                    + " ON p.entry_id = e.id AND p.amount > 0 WHERE e.source_type ="
                    + " 'DID_ACCRUAL') d LEFT JOIN (SELECT ledger_entry_id, sum(amount) AS amount"
                    + " FROM did_accrual GROUP BY ledger_entry_id) a ON a.ledger_entry_id = d.id"
                    + " WHERE a.amount IS DISTINCT FROM d.amount")
            .fetch()
            .size();
    BigDecimal net =
        db.resultQuery(
                "SELECT coalesce(sum(p.amount), 0) FROM posting p JOIN journal_entry e ON e.id ="
                    + " p.entry_id WHERE e.source_type = 'DID_ACCRUAL'")
            .fetchOne(0, BigDecimal.class);
    BigDecimal charged =
        db.resultQuery(
                "SELECT coalesce(sum(b.balance), 0) FROM ledger_balance b JOIN ledger_account a ON"
                    + " a.id = b.ledger_account_id WHERE a.purpose = 'CUSTOMER_BALANCE'")
            .fetchOne(0, BigDecimal.class);
    BigDecimal expected = DailyRental.forDay(MONTHLY, day).multiply(BigDecimal.valueOf(numbers));
    if (first.posted() != numbers
        || again.posted() != 0
        || rows != numbers
        || entries == 0
        || mismatched != 0
        || unlinked != 0
        || net.signum() != 0
        || charged.compareTo(expected) != 0
        || first.amount().compareTo(expected) != 0) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "accrual wrong: posted %d then %d, %d rows, %d entries (%d not matching their"
                  + " rows), %d unlinked, net %s, customers charged %s (expected %s)",
              first.posted(),
              again.posted(),
              rows,
              entries,
              mismatched,
              unlinked,
              net,
              charged,
              expected));
    }
    line(
        out,
        "accrual:           %,d numbers in %.2f s (%,.0f numbers/s): %,d did_accrual rows, %,d"
            + " ledger entries (one per customer and batch; %,d postings), customers charged %s"
            + " EUR",
        first.posted(),
        s1,
        first.posted() / s1,
        rows,
        entries,
        entries * 2,
        first.amount().toPlainString());
    line(
        out,
        "accrual again:     %,d posted in %.2f s (%,d numbers looked at: each day once)",
        again.posted(),
        s2,
        again.dids());
    line(out, "load average:      %s before, %s after (1, 5, 15 min)", load, loadAverage());
    return out.toString();
  }

  /** The machine's load average (1, 5, 15 minutes), from /proc/loadavg. */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
