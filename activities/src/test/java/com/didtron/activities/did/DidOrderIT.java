package com.didtron.activities.did;

import static com.didtron.activities.did.DidTestTenant.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.account.Account;
import com.didtron.domain.did.DidState;
import com.didtron.domain.did.NumberType;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.testsupport.TestClock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Placing DID orders: refusals, reservation, the race for one number, the reservation sweep; the
 * provisioning saga (DidOrderWorkflow) activating the numbers or undoing everything.
 */
class DidOrderIT extends ActivitiesIT {
  @Autowired DidInventory inventory;
  @Autowired DidPrices prices;
  @Autowired DidOrders didOrders;
  @Autowired JooqDidOrderRepository repository;
  @Autowired Fixtures fixtures;
  @Autowired TestClock clock;
  @Autowired DSLContext db;
  @Autowired Ledger ledger;
  @Autowired RefusingDidProvider refusing;

  private DidTestTenant t;

  @BeforeEach
  void stock() {
    t = DidTestTenant.create(fixtures, admin(), this::actorOf);
    t.imported(
        inventory,
        line("12125550100", "US", "New York", NumberType.GEOGRAPHIC, "0.40"),
        line("12125550200", "US", "New York", NumberType.GEOGRAPHIC, "0.40"),
        line("12125550300", "US", "New York", NumberType.GEOGRAPHIC, "0.40"),
        // Germany asks for documents nobody has proven yet
        line("4930555100", "DE", "Berlin", NumberType.GEOGRAPHIC, "0.40"));
    t.priced(prices, "US", NumberType.GEOGRAPHIC, null, "1.50");
    t.priced(prices, "DE", NumberType.GEOGRAPHIC, null, "1.50");
    identityVerified(t.account());
  }

  /** Every number asks for a verified identity (kyc-requirements.dmn): staff verified this one. */
  private void identityVerified(Account account) {
    db.execute(
        "INSERT INTO kyc_case (id, tenant_id, account_id, state, identity_verified_at)"
            + " VALUES (gen_random_uuid(), ?, ?, 'VERIFIED', now())",
        account.tenantId().value(),
        account.id().value());
  }

  private DidOrders.OrderRequest request(String destination, String... numbers) {
    return new DidOrders.OrderRequest(
        t.account().id().value(), List.of(numbers), destination, null, null);
  }

  private DidState state(String number) {
    return inventory.list(t.admin(), InventoryFilter.all(500)).stream()
        .filter(n -> n.number().equals(number))
        .findFirst()
        .orElseThrow()
        .state();
  }

  private DidOrders.Order awaitEnd(UUID order) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !List.of("REQUESTED", "PROVISIONING").contains(repo(order).state()));
    return didOrders.get(t.admin(), order);
  }

  private JooqDidOrderRepository.OrderRow repo(UUID order) {
    return repository.order(t.account().tenantId().value(), order).orElseThrow();
  }

  private int entries(String key) {
    return db.fetchCount(
        db.selectOne()
            .from("journal_entry")
            // setup fees and their reversals are booked under their own source type
            .where(
                "tenant_id = ? AND idempotency_key = ? AND source_type = 'DID_SETUP'",
                t.account().tenantId().value(),
                key));
  }

  private java.math.BigDecimal customerBalance() {
    var customer =
        ledger
            .chart()
            .party(t.account().tenantId(), LedgerPurpose.CUSTOMER_BALANCE, t.account().id());
    return ledger.balance(customer.id(), new CurrencyCode("EUR")).amount();
  }

  @Test
  void aCustomerOrdersAvailableNumbersWhichAreReservedForTheOrder() {
    DidOrders.Order o =
        didOrders.place(
            t.customer(), request("sip:100@pbx.example.com", "+12125550100", "12125550200"));

    assertThat(o.state()).isEqualTo("REQUESTED");
    assertThat(o.workflowId()).isEqualTo("did-order-" + o.id());
    assertThat(o.items())
        .extracting(DidOrders.Item::number)
        .containsExactly("12125550100", "12125550200");
    assertThat(o.items())
        .allSatisfy(i -> assertThat(i.monthlyPrice()).isEqualByComparingTo("1.50"));
    assertThat(state("12125550300")).isEqualTo(DidState.AVAILABLE);
    assertThat(didOrders.list(t.customer(), t.account().id().value(), null))
        .extracting(DidOrders.Order::id)
        .containsExactly(o.id());

    // the saga: setup fees charged once, numbers active with the destination, switch told
    DidOrders.Order done = awaitEnd(o.id());
    assertThat(done.state()).isEqualTo("ACTIVE");
    assertThat(done.items()).extracting(DidOrders.Item::state).containsOnly("ACTIVE");
    assertThat(state("12125550100")).isEqualTo(DidState.ACTIVE);
    assertThat(state("12125550200")).isEqualTo(DidState.ACTIVE);
    for (DidOrders.Item i : done.items()) {
      assertThat(entries("did-setup-" + i.id())).isEqualTo(1);
      assertThat(entries("did-setup-" + i.id() + "-reversal")).isZero();
      assertThat(
              db.fetchCount(
                  db.selectOne()
                      .from("switch_change")
                      .where(
                          "object_type = 'DID' AND change = 'UPSERT' AND object_id = ?",
                          i.didId().toString())))
          .isEqualTo(1);
      assertThat(
              db.fetchOne(
                      "SELECT account_id, destination_uri, ring_timeout_seconds, activated_at"
                          + " FROM did_inventory WHERE id = ?",
                      i.didId())
                  .intoArray())
          .satisfies(
              r -> {
                assertThat(r[0]).isEqualTo(t.account().id().value());
                assertThat(r[1]).isEqualTo("sip:100@pbx.example.com");
                assertThat(r[2]).isEqualTo(30);
                assertThat(r[3]).isNotNull();
              });
    }
    assertThat(customerBalance()).isEqualByComparingTo("10.00"); // 2 × 5.00 setup
  }

  @Test
  void aProviderRefusalLeavesNoChargeAndTheNumberAvailable() {
    db.execute(
        "UPDATE did_inventory SET provider = ? WHERE tenant_id = ? AND number = ?",
        RefusingDidProvider.CODE,
        t.account().tenantId().value(),
        "12125550200");
    DidOrders.Order o =
        didOrders.place(
            t.customer(), request("sip:100@pbx.example.com", "12125550100", "12125550200"));

    DidOrders.Order done = awaitEnd(o.id());

    assertThat(done.state()).isEqualTo("FAILED");
    assertThat(done.failureReason()).contains("+12125550200").contains("no stock");
    assertThat(state("12125550100")).isEqualTo(DidState.AVAILABLE);
    assertThat(state("12125550200")).isEqualTo(DidState.AVAILABLE);
    assertThat(refusing.released).contains("12125550200");
    for (DidOrders.Item i : done.items()) {
      assertThat(entries("did-setup-" + i.id())).isEqualTo(1);
      assertThat(entries("did-setup-" + i.id() + "-reversal")).isEqualTo(1);
    }
    assertThat(customerBalance()).isEqualByComparingTo("0");
    assertThat(
            db.fetchCount(
                db.selectOne()
                    .from("switch_change")
                    .where(
                        "object_type = 'DID'"
                            + " AND object_id IN (SELECT did_id::text FROM did_order_item WHERE order_id = ?)",
                        o.id())))
        .isZero();
  }

  @Test
  void refusalsNameTheReasonAndReserveNothing() {
    assertThatThrownBy(() -> didOrders.place(t.customer(), request("http://x", "12125550100")))
        .isInstanceOf(DidOrderRefused.class)
        .hasMessageContaining("SIP URI");
    assertThatThrownBy(
            () -> didOrders.place(t.customer(), request("sip:1@pbx.example.com", "4930999999")))
        .isInstanceOf(DidOrderRefused.class)
        .hasMessage("+4930999999 is no longer available");
    didOrders.place(t.customer(), request("sip:1@pbx.example.com", "12125550100"));
    // the second number is free but the first is taken: the whole order is refused
    assertThatThrownBy(
            () ->
                didOrders.place(
                    t.customer(), request("sip:1@pbx.example.com", "12125550200", "12125550100")))
        .isInstanceOf(DidOrderRefused.class)
        .hasMessage("+12125550100 is no longer available");
    assertThat(state("12125550200")).isEqualTo(DidState.AVAILABLE);
    assertThatThrownBy(
            () -> didOrders.place(t.customer(), request("sip:1@pbx.example.com", "4930555100")))
        .isInstanceOf(DidOrderRefused.class)
        .hasMessageContaining("PROOF_OF_ADDRESS");
    assertThat(state("4930555100")).isEqualTo(DidState.AVAILABLE);
  }

  @Test
  void aCustomerCannotOrderForAnotherAccount() {
    Account other = fixtures.account(t.admin(), Fixtures.unique("Other"));
    assertThatThrownBy(
            () ->
                didOrders.place(
                    t.customer(),
                    new DidOrders.OrderRequest(
                        other.id().value(),
                        List.of("12125550100"),
                        "sip:1@pbx.example.com",
                        null,
                        null)))
        .isInstanceOf(AccessDenied.class);
    assertThat(state("12125550100")).isEqualTo(DidState.AVAILABLE);
  }

  @Test
  void ofTwoConcurrentOrdersForOneNumberExactlyOneWins() throws Exception {
    Account second = fixtures.account(t.admin(), Fixtures.unique("Second"));
    identityVerified(second);
    CyclicBarrier start = new CyclicBarrier(2);
    List<Callable<Object>> buyers = new ArrayList<>();
    for (Account a : List.of(t.account(), second)) {
      buyers.add(
          () -> {
            start.await();
            try {
              return didOrders.place(
                  t.admin(),
                  new DidOrders.OrderRequest(
                      a.id().value(), List.of("12125550300"), "sip:1@pbx.example.com", null, null));
            } catch (DidOrderRefused e) {
              return e;
            }
          });
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> f : pool.invokeAll(buyers)) {
        outcomes.add(f.get());
      }
      assertThat(outcomes).filteredOn(DidOrders.Order.class::isInstance).hasSize(1);
      assertThat(outcomes)
          .filteredOn(DidOrderRefused.class::isInstance)
          .singleElement()
          .extracting(o -> ((DidOrderRefused) o).getMessage())
          .isEqualTo("+12125550300 is no longer available");
    } finally {
      pool.shutdownNow();
    }
    assertThat(state("12125550300")).isIn(DidState.RESERVED, DidState.ACTIVE);
  }

  @Test
  void theSweepFreesExpiredReservationsButNotThoseOfAProvisioningOrder() {
    UUID tenant = t.account().tenantId().value();
    UUID account = t.account().id().value();
    java.time.Instant now = clock.instant();
    UUID[] dids = new UUID[2];
    String[] numbers = {"12125550100", "12125550200"};
    String[] states = {"REQUESTED", "PROVISIONING"};
    for (int k = 0; k < 2; k++) {
      dids[k] =
          db.fetchValue(
                  "SELECT id FROM did_inventory WHERE tenant_id = ? AND number = ?",
                  tenant,
                  numbers[k])
              .toString()
              .transform(UUID::fromString);
      UUID order = UUID.randomUUID();
      // orders written directly: no saga runs for them
      repository.insertOrder(
          new JooqDidOrderRepository.OrderRow(
              order,
              tenant,
              account,
              states[k],
              "sip:1@pbx.example.com",
              null,
              30,
              "test",
              DidOrders.workflowId(order),
              null,
              now));
      assertThat(repository.reserve(tenant, dids[k], account, order, now, now.plusSeconds(900)))
          .isTrue();
    }
    assertThat(repository.freeExpired(clock.instant())).isEmpty();
    assertThat(state("12125550100")).isEqualTo(DidState.RESERVED);

    List<UUID> freed = repository.freeExpired(clock.instant().plus(1, ChronoUnit.DAYS));

    assertThat(freed).containsExactly(dids[0]);
    assertThat(state("12125550100")).isEqualTo(DidState.AVAILABLE);
    assertThat(state("12125550200")).isEqualTo(DidState.RESERVED);
  }
}
