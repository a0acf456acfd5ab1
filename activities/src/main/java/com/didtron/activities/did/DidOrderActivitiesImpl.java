package com.didtron.activities.did;

import static com.didtron.activities.db.Tables.DID_INVENTORY;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.ledger.ReversalRequest;
import com.didtron.activities.switchsync.SwitchChanges;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.did.DidState;
import com.didtron.domain.did.NumberType;
import com.didtron.domain.ledger.JournalEntry;
import com.didtron.domain.ledger.JournalEntryDraft;
import com.didtron.domain.ledger.LedgerAccount;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.ledger.Posting;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.tenant.TenantId;
import com.didtron.workflows.did.DidOrderActivities;
import com.didtron.workflows.did.DidOrderLine;
import com.didtron.workflows.did.DidOrderRequest;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the DID order saga ({@code DidOrderWorkflow}) on the database, the ledger and the
 * providers: each one transaction and idempotent; every state change audited (entity {@code
 * did_order}).
 */
@Component
class DidOrderActivitiesImpl implements DidOrderActivities {
  private final DSLContext db;
  private final JooqDidOrderRepository orders;
  private final DidOrderKyc kyc;
  private final DidProviders providers;
  private final Ledger ledger;
  private final SwitchChanges switches;
  private final AuditTrail audit;
  private final Clock clock;

  DidOrderActivitiesImpl(
      DSLContext db,
      JooqDidOrderRepository orders,
      DidOrderKyc kyc,
      DidProviders providers,
      Ledger ledger,
      SwitchChanges switches,
      AuditTrail audit,
      Clock clock) {
    this.db = db;
    this.orders = orders;
    this.kyc = kyc;
    this.providers = providers;
    this.ledger = ledger;
    this.switches = switches;
    this.audit = audit;
    this.clock = clock;
  }

  /** The idempotency key of an item's setup charge. */
  static String setupKey(UUID item) {
    return "did-setup-" + item;
  }

  private JooqDidOrderRepository.OrderRow order(DidOrderRequest r) {
    return orders
        .order(r.tenantId(), r.orderId())
        .orElseThrow(
            () ->
                ApplicationFailure.newNonRetryableFailure("No such order " + r.orderId(), REFUSED));
  }

  private static Actor actor(DidOrderRequest r) {
    return Actor.system("did-order", new TenantId(r.tenantId()));
  }

  private void move(DidOrderRequest r, String from, String to, String reason) {
    orders.setOrderState(r.orderId(), to, reason, clock.instant());
    audit.record(
        actor(r),
        new TenantId(r.tenantId()),
        AuditAction.UPDATE,
        DidOrders.ENTITY,
        r.orderId().toString(),
        Map.of("state", from),
        reason == null ? Map.of("state", to) : Map.of("state", to, "reason", reason),
        DidOrders.workflowId(r.orderId()));
  }

  @Override
  @Transactional
  public List<DidOrderLine> begin(DidOrderRequest r) {
    JooqDidOrderRepository.OrderRow o = order(r);
    if (o.state().equals("REQUESTED")) {
      move(r, "REQUESTED", "PROVISIONING", null);
    }
    return orders.items(r.orderId()).stream()
        .map(
            i ->
                new DidOrderLine(
                    i.id(),
                    i.didId(),
                    i.number(),
                    db.select(DID_INVENTORY.PROVIDER)
                        .from(DID_INVENTORY)
                        .where(DID_INVENTORY.ID.eq(i.didId()))
                        .fetchOne(DID_INVENTORY.PROVIDER)))
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public void check(DidOrderRequest r) {
    JooqDidOrderRepository.OrderRow o = order(r);
    Instant now = clock.instant();
    for (JooqDidOrderRepository.ItemRow i : orders.items(r.orderId())) {
      var did =
          db.select(
                  DID_INVENTORY.STATUS,
                  DID_INVENTORY.RESERVED_ORDER_ID,
                  DID_INVENTORY.COUNTRY_CODE,
                  DID_INVENTORY.NUMBER_TYPE)
              .from(DID_INVENTORY)
              .where(DID_INVENTORY.ID.eq(i.didId()))
              .and(DID_INVENTORY.DELETED_AT.isNull())
              .fetchOne();
      if (did == null || did.value1() != DidState.RESERVED || !r.orderId().equals(did.value2())) {
        throw ApplicationFailure.newNonRetryableFailure(
            "+" + i.number() + " is no longer reserved for this order", REFUSED);
      }
      List<DidRequirement> unmet =
          kyc.unmet(
              new TenantId(r.tenantId()),
              new AccountId(o.account()),
              did.value3(),
              NumberType.valueOf(did.value4()),
              now);
      if (!unmet.isEmpty()) {
        throw ApplicationFailure.newNonRetryableFailure(
            "+"
                + i.number()
                + " needs "
                + unmet.stream()
                    .map(u -> u.document().name())
                    .distinct()
                    .collect(Collectors.joining(", "))
                + " proven first",
            REFUSED);
      }
    }
  }

  private JooqDidOrderRepository.ItemRow item(DidOrderRequest r, UUID itemId) {
    return orders.items(r.orderId()).stream()
        .filter(i -> i.id().equals(itemId))
        .findFirst()
        .orElseThrow(
            () ->
                ApplicationFailure.newNonRetryableFailure("No such order item " + itemId, REFUSED));
  }

  @Override
  @Transactional
  public void chargeSetup(DidOrderRequest r, DidOrderLine line) {
    JooqDidOrderRepository.OrderRow o = order(r);
    JooqDidOrderRepository.ItemRow i = item(r, line.itemId());
    BigDecimal fee = i.setupPrice() == null ? BigDecimal.ZERO : i.setupPrice().setScale(6);
    if (fee.signum() == 0) {
      return;
    }
    TenantId tenant = new TenantId(r.tenantId());
    CurrencyCode currency = new CurrencyCode(i.currency());
    LedgerAccount customer =
        ledger.chart().party(tenant, LedgerPurpose.CUSTOMER_BALANCE, new AccountId(o.account()));
    LedgerAccount income = ledger.chart().postable(tenant, LedgerPurpose.REVENUE);
    String memo = "+" + i.number() + " setup";
    var posted =
        ledger.post(
            new JournalEntryDraft(
                tenant,
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                "DID setup fee " + memo,
                SourceRef.of(SourceType.DID_SETUP, i.id()),
                DidOrders.workflowId(r.orderId()),
                setupKey(i.id()),
                List.of(
                    new Posting(customer.id(), new Money(fee, currency), memo),
                    new Posting(income.id(), new Money(fee.negate(), currency), memo))),
            actor(r));
    orders.setItemState(i.id(), "CHARGED", posted.entry().id().value().toString(), clock.instant());
  }

  @Override
  public void orderAtProvider(DidOrderRequest r, DidOrderLine line) {
    DidProvider provider = providers.find(line.provider()).orElse(null);
    if (provider == null || "manual".equals(line.provider())) {
      return; // our own stock: nothing to buy
    }
    var did = db.selectFrom(DID_INVENTORY).where(DID_INVENTORY.ID.eq(line.didId())).fetchOne();
    if (did == null) {
      throw ApplicationFailure.newNonRetryableFailure(
          "+" + line.number() + " is gone from the inventory", REFUSED);
    }
    try {
      provider.order(
          new DidProvider.ProviderNumber(
              did.getNumber(),
              did.getCountryCode(),
              did.getArea(),
              NumberType.valueOf(did.getNumberType()),
              did.getMonthlyCost(),
              did.getSetupCost(),
              did.getCurrency(),
              did.getChannels(),
              did.getProviderRef()));
      orders.setItemState(line.itemId(), "ORDERED", null, clock.instant());
    } catch (DidProvider.Failure f) {
      String message = "+" + line.number() + ": " + f.getMessage();
      throw f.retryable()
          ? ApplicationFailure.newFailure(message, "ProviderUnavailable")
          : ApplicationFailure.newNonRetryableFailure(message, REFUSED);
    }
  }

  @Override
  @Transactional
  public void activate(DidOrderRequest r) {
    JooqDidOrderRepository.OrderRow o = order(r);
    if (o.state().equals("ACTIVE")) {
      return;
    }
    Instant now = clock.instant();
    TenantId tenant = new TenantId(r.tenantId());
    AccountId account = new AccountId(o.account());
    for (JooqDidOrderRepository.ItemRow i : orders.items(r.orderId())) {
      if (!orders.activate(
          i.didId(),
          r.orderId(),
          o.account(),
          o.destination(),
          o.failover(),
          o.ringTimeout(),
          now)) {
        throw ApplicationFailure.newNonRetryableFailure(
            "+" + i.number() + " is no longer reserved for this order", REFUSED);
      }
      orders.setItemState(i.id(), "ACTIVE", null, now);
      switches.record(
          tenant,
          account,
          SwitchChanges.ObjectType.DID,
          i.didId().toString(),
          SwitchChanges.Change.UPSERT);
    }
    move(r, o.state(), "ACTIVE", null);
  }

  @Override
  public void releaseAtProvider(DidOrderRequest r, DidOrderLine line) {
    if ("manual".equals(line.provider())) {
      return;
    }
    Optional<DidProvider> provider = providers.find(line.provider());
    if (provider.isEmpty()) {
      return;
    }
    try {
      provider.get().release(line.number());
    } catch (DidProvider.Failure f) {
      throw ApplicationFailure.newFailure(
          "+" + line.number() + " release: " + f.getMessage(), "ProviderUnavailable");
    }
  }

  @Override
  @Transactional
  public void reverseSetup(DidOrderRequest r, DidOrderLine line) {
    TenantId tenant = new TenantId(r.tenantId());
    Optional<JournalEntry> charge = ledger.entryByKey(tenant, setupKey(line.itemId()));
    if (charge.isEmpty()) {
      return;
    }
    ledger.reverse(
        new ReversalRequest(
            tenant,
            charge.get().id(),
            SourceRef.of(SourceType.DID_SETUP, line.itemId()),
            "order " + r.orderId() + " failed: setup fee of +" + line.number() + " refunded",
            LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
            DidOrders.workflowId(r.orderId()),
            setupKey(line.itemId()) + "-reversal"),
        actor(r));
    orders.setItemState(line.itemId(), "COMPENSATED", null, clock.instant());
  }

  @Override
  @Transactional
  public void freeReservation(DidOrderRequest r) {
    Instant now = clock.instant();
    for (JooqDidOrderRepository.ItemRow i : orders.items(r.orderId())) {
      orders.free(i.didId(), r.orderId(), now);
    }
  }

  @Override
  @Transactional
  public void fail(DidOrderRequest r, String reason) {
    JooqDidOrderRepository.OrderRow o = order(r);
    if (o.state().equals("FAILED")) {
      return;
    }
    Instant now = clock.instant();
    for (JooqDidOrderRepository.ItemRow i : orders.items(r.orderId())) {
      orders.setItemState(i.id(), "COMPENSATED", null, now);
    }
    String why = reason == null || reason.isBlank() ? "provisioning failed" : reason.strip();
    move(r, o.state(), "FAILED", why.length() > 1000 ? why.substring(0, 1000) : why);
  }
}
