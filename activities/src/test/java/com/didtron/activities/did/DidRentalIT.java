package com.didtron.activities.did;

import static com.didtron.activities.did.DidTestTenant.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.did.DailyRental;
import com.didtron.domain.did.NumberType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The daily rental of numbers in service, on the real database and ledger. */
class DidRentalIT extends ActivitiesIT {
  @Autowired DidInventory inventory;
  @Autowired DidPrices prices;
  @Autowired DidRental rental;
  @Autowired DidAccruals accruals;
  @Autowired Fixtures fixtures;
  @Autowired DSLContext db;

  private DidTestTenant t;
  private final LocalDate day = LocalDate.now(ZoneOffset.UTC);

  @BeforeEach
  void numbersInService() {
    t = DidTestTenant.create(fixtures, admin(), this::actorOf);
    t.imported(
        inventory,
        line("4930555100", "DE", "Berlin", NumberType.GEOGRAPHIC, "0.40"),
        line("4940555400", "DE", "Hamburg", NumberType.GEOGRAPHIC, "0.40"),
        line("4930777300", "DE", "Berlin", NumberType.GEOGRAPHIC, "0.40"),
        line("4915112345", "DE", "", NumberType.MOBILE, "2.00"));
    t.priced(prices, "DE", NumberType.GEOGRAPHIC, null, "1.50");
    t.priced(prices, "DE", NumberType.GEOGRAPHIC, "hamburg", "31.00");
    t.priced(prices, "DE", NumberType.MOBILE, null, "4.00");
    // ordering's result, made directly: three numbers ACTIVE for the account, one of them suspended
    db.execute(
        "UPDATE did_inventory SET status = 'ACTIVE', account_id = ?, destination_uri ="
            + " 'sip:pbx@example.net', activated_at = now() WHERE tenant_id = ? AND number <>"
            + " '4930777300'",
        t.account().id().value(),
        t.account().tenantId().value());
    // ids at both ends of PostgreSQL's (unsigned) uuid order: the batches start below the first
    db.execute(
        "UPDATE did_inventory SET id = ('00' || substr(id::text, 3))::uuid WHERE tenant_id = ?"
            + " AND number = '4930555100'",
        t.account().tenantId().value());
    db.execute(
        "UPDATE did_inventory SET id = ('ff' || substr(id::text, 3))::uuid WHERE tenant_id = ?"
            + " AND number = '4940555400'",
        t.account().tenantId().value());
    db.execute(
        "UPDATE did_inventory SET suspended_at = now() WHERE tenant_id = ? AND number ="
            + " '4915112345'",
        t.account().tenantId().value());
  }

  private List<DidAccruals.NumberRental> charged() {
    return accruals.byNumber(
        t.account().tenantId(),
        t.account().id(),
        new com.didtron.domain.money.CurrencyCode("EUR"),
        day,
        day.plusDays(1));
  }

  private int entries() {
    return db.fetchCount(
        db.selectFrom("journal_entry")
            .where(
                "tenant_id = ? AND source_type = 'DID_ACCRUAL'", t.account().tenantId().value()));
  }

  /** Entries whose customer debit is not the sum of the accrual rows linked to them. */
  private int entriesNotDebitingTheirRows() {
    return db.resultQuery(
            "SELECT e.id FROM journal_entry e JOIN posting p ON p.entry_id = e.id AND p.amount > 0"
                + " WHERE e.tenant_id = ? AND e.source_type = 'DID_ACCRUAL' AND p.amount IS"
                + " DISTINCT FROM (SELECT sum(a.amount) FROM did_accrual a WHERE"
                + " a.ledger_entry_id = e.id)",
            t.account().tenantId().value())
        .fetch()
        .size();
  }

  @Test
  void aBatchPostsOneEntryPerCustomerForAllItsNumbers() {
    var run = rental.accrueDay(day, 1000);

    assertThat(run.posted()).isEqualTo(2);
    assertThat(entries()).isEqualTo(1);
    assertThat(entriesNotDebitingTheirRows()).isZero();
    assertThat(
            db.resultQuery(
                    "SELECT sum(p.amount) FROM posting p JOIN journal_entry e ON e.id = p.entry_id"
                        + " WHERE e.tenant_id = ? AND e.source_type = 'DID_ACCRUAL' AND p.amount"
                        + " > 0",
                    t.account().tenantId().value())
                .fetchOne(0, BigDecimal.class))
        .isEqualByComparingTo(
            DailyRental.forDay(new BigDecimal("1.50"), day)
                .add(DailyRental.forDay(new BigDecimal("31.00"), day)));
  }

  @Test
  void eachActiveUnsuspendedNumberIsChargedItsDaysShareOfItsPriceOnceEvenWhenRunAgainOrAtOnce()
      throws Exception {
    var first =
        CompletableFuture.supplyAsync(() -> rental.accrueDay(day, 2))
            .thenCombine(
                CompletableFuture.supplyAsync(() -> rental.accrueDay(day, 3)),
                (a, b) -> a.posted() + b.posted())
            .get();
    var again = rental.accrueDay(day, 1000);

    assertThat(charged())
        .extracting(DidAccruals.NumberRental::number, DidAccruals.NumberRental::days)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("4930555100", 1),
            org.assertj.core.groups.Tuple.tuple("4940555400", 1));
    assertThat(charged().get(0).amount())
        .isEqualByComparingTo(DailyRental.forDay(new BigDecimal("1.50"), day));
    assertThat(charged().get(1).amount()) // the area's own price
        .isEqualByComparingTo(DailyRental.forDay(new BigDecimal("31.00"), day));
    // one entry per customer and batch: the two numbers were in one batch or in two
    assertThat(entries()).isBetween(1, 2);
    assertThat(entriesNotDebitingTheirRows()).isZero();
    assertThat(again.posted()).isZero();
    assertThat(first).isGreaterThanOrEqualTo(2);
    // every entry is balanced and debits the customer what the accrual says
    BigDecimal net =
        db.resultQuery(
                "SELECT coalesce(sum(p.amount), 0) FROM posting p JOIN journal_entry e ON"
                    + " e.id = p.entry_id WHERE e.tenant_id = ? AND e.source_type = 'DID_ACCRUAL'",
                t.account().tenantId().value())
            .fetchOne(0, BigDecimal.class);
    assertThat(net).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(
            db.fetchCount(
                db.selectFrom("did_accrual")
                    .where(
                        "tenant_id = ? AND ledger_entry_id IS NULL",
                        t.account().tenantId().value())))
        .isZero();
  }
}
