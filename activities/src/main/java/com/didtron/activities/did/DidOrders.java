package com.didtron.activities.did;

import com.didtron.activities.Facade;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.balance.BalanceMonitor;
import com.didtron.activities.workflowindex.WorkflowLauncher;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.balance.CustomerBalance;
import com.didtron.domain.did.DailyRental;
import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.money.AmountFormat;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.tenant.TenantId;
import com.didtron.workflows.did.DidOrderRequest;
import com.didtron.workflows.did.DidOrderWorkflow;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Buying numbers: an account's order for one or more available numbers. Placing an order checks
 * everything that can be checked synchronously (the numbers are still available and priced, the
 * destination is a SIP URI, the account meets the KYC requirements of every number) and then
 * reserves the numbers, each with one conditional UPDATE, in the same transaction: if any number
 * was taken meanwhile nothing is reserved and the order is refused. Customers order for their own
 * account, staff for any account of their tenant.
 */
@Facade
@Service
public class DidOrders {
  private static final Logger log = LoggerFactory.getLogger(DidOrders.class);
  static final String ENTITY = "did_order";

  /** sip:user@host[:port][;params] or sips:; host a name or IPv4. */
  static final Pattern SIP_URI =
      Pattern.compile(
          "^sips?:([A-Za-z0-9._~+\\-!$&'()*,;=%]+@)?[A-Za-z0-9]([A-Za-z0-9.\\-]{0,252})(:[0-9]{1,5})?(;[A-Za-z0-9=._\\-]+)*$");

  public record OrderRequest(
      UUID accountId,
      List<String> numbers,
      String destination,
      String failover,
      Integer ringTimeout) {}

  public record Item(
      UUID id,
      UUID didId,
      String number,
      BigDecimal setupPrice,
      BigDecimal monthlyPrice,
      String currency,
      String state) {}

  public record Order(
      UUID id,
      UUID accountId,
      String state,
      String destination,
      String failover,
      int ringTimeout,
      String requestedBy,
      String workflowId,
      String failureReason,
      Instant createdAt,
      List<Item> items) {}

  private final JooqDidOrderRepository orders;
  private final DidOffers offers;
  private final DidProductAccess access;
  private final AccountService accounts;
  private final DidOrderKyc kyc;
  private final AuditTrail audit;
  private final Clock clock;
  private final Duration hold;
  private final WorkflowLauncher launcher;
  private final TransactionTemplate fresh;
  private final BalanceMonitor balances;

  DidOrders(
      JooqDidOrderRepository orders,
      DidOffers offers,
      DidProductAccess access,
      AccountService accounts,
      DidOrderKyc kyc,
      AuditTrail audit,
      Clock clock,
      @Value("${didtron.did-order.reservation-minutes:15}") long holdMinutes,
      WorkflowLauncher launcher,
      PlatformTransactionManager transactions,
      BalanceMonitor balances) {
    this.balances = balances;
    this.orders = orders;
    this.offers = offers;
    this.access = access;
    this.accounts = accounts;
    this.kyc = kyc;
    this.audit = audit;
    this.clock = clock;
    this.hold = Duration.ofMinutes(holdMinutes);
    this.launcher = launcher;
    this.fresh = new TransactionTemplate(transactions);
    this.fresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The id of the provisioning workflow of an order. */
  public static String workflowId(UUID order) {
    return "did-order-" + order;
  }

  /**
   * Places an order and reserves its numbers, or throws {@link DidOrderRefused} with the reason
   * (nothing reserved then).
   */
  @Transactional
  public Order place(Actor actor, OrderRequest request) {
    access.requireSearch(actor);
    if (request.accountId() == null) {
      throw new DidOrderRefused("Choose the account the numbers are for");
    }
    AccountId account = new AccountId(request.accountId());
    var holder = accounts.get(actor, account); // customers: own account only; staff: tenant's
    UUID tenant = actor.tenantId().value();
    String destination = request.destination() == null ? "" : request.destination().strip();
    if (!SIP_URI.matcher(destination).matches()) {
      throw new DidOrderRefused(
          "The destination must be a SIP URI such as sip:100@pbx.example.com");
    }
    String failover =
        request.failover() == null || request.failover().isBlank()
            ? null
            : request.failover().strip();
    if (failover != null && !SIP_URI.matcher(failover).matches()) {
      throw new DidOrderRefused(
          "The failover must be a SIP URI such as sip:100@backup.example.com");
    }
    int ringTimeout = request.ringTimeout() == null ? 30 : request.ringTimeout();
    if (ringTimeout < 5 || ringTimeout > 300) {
      throw new DidOrderRefused("The ring timeout must be between 5 and 300 seconds");
    }
    Set<String> numbers = new LinkedHashSet<>();
    for (String n : request.numbers() == null ? List.<String>of() : request.numbers()) {
      String digits = n == null ? "" : n.replaceAll("[\\s+\\-().]", "");
      if (!digits.matches("[1-9][0-9]{6,14}")) {
        throw new DidOrderRefused("'" + n + "' is not a phone number");
      }
      numbers.add(digits);
    }
    if (numbers.isEmpty()) {
      throw new DidOrderRefused("Add at least one number to the order");
    }
    if (numbers.size() > 100) {
      throw new DidOrderRefused("An order holds at most 100 numbers");
    }
    Instant now = clock.instant();
    List<DidOffer> chosen = new ArrayList<>();
    for (String n : numbers) {
      DidOffer offer =
          offers.search(tenant, DidSearch.of(null, null, null, n, null, 10), true, now).stream()
              .filter(o -> o.number().equals(n))
              .findFirst()
              .orElseThrow(() -> new DidOrderRefused("+" + n + " is no longer available"));
      chosen.add(offer);
    }
    for (DidOffer o : chosen) {
      List<DidRequirement> unmet = kyc.unmet(actor.tenantId(), account, o.country(), o.type(), now);
      if (!unmet.isEmpty()) {
        throw new DidOrderRefused(
            "+"
                + o.number()
                + " needs "
                + unmet.stream()
                    .map(r -> r.document().name())
                    .distinct()
                    .collect(Collectors.joining(", "))
                + " proven first");
      }
    }
    if (holder.billingMode() == BillingMode.PREPAID) {
      requireFunds(actor.tenantId(), account, chosen, now);
    }
    UUID id = UUID.randomUUID();
    String workflowId = workflowId(id);
    orders.insertOrder(
        new JooqDidOrderRepository.OrderRow(
            id,
            tenant,
            account.value(),
            "REQUESTED",
            destination,
            failover,
            ringTimeout,
            actor.name(),
            workflowId,
            null,
            now));
    for (DidOffer o : chosen) {
      if (!orders.reserve(tenant, o.id(), account.value(), id, now, now.plus(hold))) {
        // rolls back the reservations made so far in this transaction
        throw new DidOrderRefused("+" + o.number() + " is no longer available");
      }
      orders.insertItem(
          new JooqDidOrderRepository.ItemRow(
              UUID.randomUUID(),
              id,
              o.id(),
              o.number(),
              o.setupPrice() == null ? BigDecimal.ZERO : o.setupPrice(),
              o.monthlyPrice(),
              o.currency(),
              "RESERVED",
              null),
          now);
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("account", account.value().toString());
    after.put("numbers", List.copyOf(numbers));
    after.put("destination", destination);
    after.put("state", "REQUESTED");
    audit.record(
        actor,
        actor.tenantId(),
        AuditAction.CREATE,
        ENTITY,
        id.toString(),
        null,
        after,
        workflowId);
    afterCommit(() -> provision(actor.tenantId(), id, account));
    return get(actor, id);
  }

  /**
   * A prepaid account must have the setup prices plus the first day's rental of every number
   * available (funds; prepaid accounts have no credit limit). Prices in another currency than the
   * account's are not compared (there is no conversion at ordering time).
   */
  private void requireFunds(
      TenantId tenant, AccountId account, List<DidOffer> chosen, Instant now) {
    CustomerBalance balance = balances.current(tenant, account);
    String currency = balance.funds().currency().code();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    BigDecimal needs = BigDecimal.ZERO.setScale(DailyRental.SCALE);
    for (DidOffer o : chosen) {
      if (!currency.equals(o.currency())) {
        continue;
      }
      BigDecimal setup = o.setupPrice() == null ? BigDecimal.ZERO : o.setupPrice();
      BigDecimal monthly = o.monthlyPrice() == null ? BigDecimal.ZERO : o.monthlyPrice();
      needs = needs.add(setup).add(DailyRental.forDay(monthly, today));
    }
    BigDecimal available = balance.available().amount();
    CurrencyCode cur = balance.available().currency();
    if (needs.signum() > 0 && available.compareTo(needs) < 0) {
      throw new DidOrderRefused(
          // The need is rounded up and the funds down, so the two never read equal.
          "balance does not cover setup + first day: needs "
              + AmountFormat.of(up(needs, cur, java.math.RoundingMode.UP), cur)
              + ", available "
              + AmountFormat.of(up(available, cur, java.math.RoundingMode.DOWN), cur));
    }
  }

  /** Starts the provisioning saga of a committed order (its own transaction for the index). */
  private void provision(TenantId tenant, UUID order, AccountId account) {
    try {
      fresh.executeWithoutResult(
          s ->
              launcher.start(
                  new WorkflowLauncher.Start(
                      DidOrderWorkflow.class,
                      workflowId(order),
                      "did order " + order + " account " + account.value(),
                      tenant,
                      null,
                      new DidOrderRequest(tenant.value(), order))));
    } catch (RuntimeException e) {
      // the order stays REQUESTED; its reservation expires and is freed by the sweep
      log.warn("Could not start the provisioning of DID order {}: {}", order, e.getMessage());
    }
  }

  private static void afterCommit(Runnable action) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      action.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            action.run();
          }
        });
  }

  @Transactional(readOnly = true)
  public Order get(Actor actor, UUID id) {
    JooqDidOrderRepository.OrderRow o =
        orders
            .order(actor.tenantId().value(), id)
            .orElseThrow(() -> new NoSuchElementException("No such order"));
    AccessPolicy.requireCanView(actor, actor.tenantId(), new AccountId(o.account()));
    return toOrder(o);
  }

  /** Orders of an account (null: every account, staff only), newest first. */
  @Transactional(readOnly = true)
  public List<Order> list(Actor actor, UUID accountId, String state) {
    if (accountId == null) {
      AccessPolicy.requireStaff(actor);
    } else {
      AccessPolicy.requireCanView(actor, actor.tenantId(), new AccountId(accountId));
    }
    return orders.orders(actor.tenantId().value(), accountId, state, 200).stream()
        .map(this::toOrder)
        .toList();
  }

  /** Frees the reservations whose hold passed without their order provisioning; their ids. */
  @Transactional
  public List<UUID> freeExpiredReservations() {
    return orders.freeExpired(clock.instant());
  }

  private Order toOrder(JooqDidOrderRepository.OrderRow o) {
    List<Item> items =
        orders.items(o.id()).stream()
            .map(
                i ->
                    new Item(
                        i.id(),
                        i.didId(),
                        i.number(),
                        i.setupPrice(),
                        i.monthlyPrice(),
                        i.currency(),
                        i.state()))
            .toList();
    return new Order(
        o.id(),
        o.account(),
        o.state(),
        o.destination(),
        o.failover(),
        o.ringTimeout(),
        o.requestedBy(),
        o.workflowId(),
        o.failureReason(),
        o.createdAt(),
        items);
  }

  private static BigDecimal up(BigDecimal v, CurrencyCode c, java.math.RoundingMode mode) {
    return v.setScale(AmountFormat.minorUnits(c), mode);
  }
}
