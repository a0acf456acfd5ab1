package com.didtron.activities.did;

import static com.didtron.activities.did.DidTestTenant.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.payment.TopUps;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.did.NumberType;
import com.didtron.domain.payment.TopUpInput;
import com.didtron.workflows.TaskQueues;
import com.didtron.workflows.did.DidSweepReport;
import com.didtron.workflows.did.DidSweepWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Suspension, resumption, release after the grace and the end of the quarantine, on the real
 * database, ledger and Temporal worker (the lifecycle sweep workflow run as its cron runs it).
 */
class DidSuspensionsIT extends ActivitiesIT {
  @Autowired DidInventory inventory;
  @Autowired DidPrices prices;
  @Autowired DidRental rental;
  @Autowired AccountService accounts;
  @Autowired Fixtures fixtures;
  @Autowired TopUps topUps;
  @Autowired DSLContext db;
  @Autowired WorkflowClient client;

  private DidTestTenant t;
  private Account prepaid;
  private String email;

  @BeforeEach
  void prepaidAccountWithTwoNumbers() {
    t = DidTestTenant.create(fixtures, admin(), this::actorOf);
    email = Fixtures.unique("owner") + "@example.test";
    prepaid =
        ((AccountChange.Saved)
                accounts.create(
                    t.admin(),
                    new AccountDraft(
                        Fixtures.unique("Prepaid"),
                        AccountKind.CUSTOMER,
                        "EUR",
                        BillingMode.PREPAID,
                        BigDecimal.ZERO,
                        AccountStatus.ACTIVE,
                        email)))
            .account();
    t.imported(
        inventory,
        line("4930555100", "DE", "Berlin", NumberType.GEOGRAPHIC, "0.40"),
        line("4930555200", "DE", "Berlin", NumberType.GEOGRAPHIC, "0.40"));
    t.priced(prices, "DE", NumberType.GEOGRAPHIC, null, "31.00");
    db.execute(
        "UPDATE did_price SET effective_from = now() - interval '2 days' WHERE tenant_id = ?",
        t.admin().tenantId().value());
    db.execute(
        "UPDATE did_inventory SET status = 'ACTIVE', account_id = ?, destination_uri ="
            + " 'sip:pbx@example.net', activated_at = now() - interval '2 days'"
            + " WHERE tenant_id = ?",
        prepaid.id().value(),
        t.admin().tenantId().value());
  }

  private DidSweepReport sweep() {
    return client
        .newWorkflowStub(
            DidSweepWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(TaskQueues.PLATFORM)
                .setWorkflowId("did-sweep-it-" + UUID.randomUUID())
                .build())
        .sweep();
  }

  private long suspended() {
    return db.fetchCount(
        db.selectFrom("did_inventory")
            .where("account_id = ? AND suspended_at IS NOT NULL", prepaid.id().value()));
  }

  private int mails(String kind) {
    return db.fetchCount(
        db.selectFrom("email_outbox").where("kind = ? AND to_address = ?", kind, email));
  }

  private Object status(String number) {
    return db.fetchValue(
        "SELECT status FROM did_inventory WHERE tenant_id = ? AND number = ?",
        t.admin().tenantId().value(),
        number);
  }

  @Test
  void belowZeroSuspendsPayingResumesTheGraceReleasesAndTheQuarantineEnds() {
    // the rental of yesterday takes the prepaid balance below zero (2 × 1.00 of 31.00 a month)
    rental.accrueDay(LocalDate.now(ZoneOffset.UTC).minusDays(1), t.admin().tenantId().value(), 50);

    DidSweepReport first = sweep();
    assertThat(first.suspended()).isGreaterThanOrEqualTo(2);
    assertThat(suspended()).isEqualTo(2);
    assertThat(mails("DID_SUSPENDED")).isEqualTo(1);
    // the switch hears of each number (Kamailio then answers 403)
    assertThat(
            db.fetchCount(
                db.selectFrom("switch_change")
                    .where("object_type = 'DID' AND account_id = ?", prepaid.id().value())))
        .isEqualTo(2);
    assertThat(
            db.fetchCount(
                db.selectFrom("audit_log")
                    .where(
                        "entity_type = 'did_inventory' AND tenant_id = ? AND after::text LIKE"
                            + " '%\"suspended\": true%'",
                        t.admin().tenantId().value())))
        .isEqualTo(2);
    // a suspended number is not charged: the next day posts nothing for it
    assertThat(
            rental
                .accrueDay(LocalDate.now(ZoneOffset.UTC), t.admin().tenantId().value(), 50)
                .posted())
        .isZero();
    sweep();
    assertThat(mails("DID_SUSPENDED")).isEqualTo(1);

    // 2.50 covers the two days of at most 31/28 each: at or above zero again
    topUps.manual(t.admin(), prepaid.id(), new TopUpInput("2.50", "EUR", "wire 2.50"));
    sweep();
    assertThat(suspended()).isZero();
    assertThat(mails("DID_RESUMED")).isEqualTo(1);

    // today's rental, now that they are in service again, takes it below zero once more
    assertThat(
            rental
                .accrueDay(LocalDate.now(ZoneOffset.UTC), t.admin().tenantId().value(), 50)
                .posted())
        .isEqualTo(2);
    sweep();
    assertThat(suspended()).isEqualTo(2);
    db.execute(
        "UPDATE did_inventory SET suspended_at = now() - interval '8 days' WHERE account_id = ?"
            + " AND number = '4930555100'",
        prepaid.id().value());
    DidSweepReport overdue = sweep();
    assertThat(overdue.releasesStarted()).isGreaterThanOrEqualTo(1);
    await().atMost(Duration.ofSeconds(30)).until(() -> "QUARANTINE".equals(status("4930555100")));
    assertThat(status("4930555200")).isEqualTo("ACTIVE");
    assertThat(
            db.fetchValue(
                "SELECT account_id FROM did_inventory WHERE tenant_id = ? AND number ="
                    + " '4930555100'",
                t.admin().tenantId().value()))
        .isNull();

    // the quarantine over: sold again
    db.execute(
        "UPDATE did_inventory SET quarantine_until = now() - interval '1 minute' WHERE tenant_id"
            + " = ? AND number = '4930555100'",
        t.admin().tenantId().value());
    assertThat(sweep().quarantinesEnded()).isGreaterThanOrEqualTo(1);
    assertThat(status("4930555100")).isEqualTo("AVAILABLE");
  }
}
