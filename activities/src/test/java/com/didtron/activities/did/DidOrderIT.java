package com.didtron.activities.did;

import static com.didtron.activities.did.DidTestTenant.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.account.Account;
import com.didtron.domain.did.DidState;
import com.didtron.domain.did.NumberType;
import com.didtron.testsupport.TestClock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Placing DID orders: refusals, reservation, the race for one number, the reservation sweep. */
class DidOrderIT extends ActivitiesIT {
  @Autowired DidInventory inventory;
  @Autowired DidPrices prices;
  @Autowired DidOrders didOrders;
  @Autowired JooqDidOrderRepository repository;
  @Autowired Fixtures fixtures;
  @Autowired TestClock clock;
  @Autowired DSLContext db;

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
    assertThat(state("12125550100")).isEqualTo(DidState.RESERVED);
    assertThat(state("12125550300")).isEqualTo(DidState.AVAILABLE);
    assertThat(didOrders.list(t.customer(), t.account().id().value(), null))
        .extracting(DidOrders.Order::id)
        .containsExactly(o.id());
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
    assertThat(state("12125550300")).isEqualTo(DidState.RESERVED);
  }

  @Test
  void theSweepFreesReservationsWhoseHoldPassed() {
    didOrders.place(t.customer(), request("sip:1@pbx.example.com", "12125550100"));
    assertThat(repository.freeExpired(clock.instant())).isEmpty();
    assertThat(state("12125550100")).isEqualTo(DidState.RESERVED);

    List<java.util.UUID> freed = repository.freeExpired(clock.instant().plus(1, ChronoUnit.DAYS));

    assertThat(freed).isNotEmpty();
    assertThat(state("12125550100")).isEqualTo(DidState.AVAILABLE);
  }
}
