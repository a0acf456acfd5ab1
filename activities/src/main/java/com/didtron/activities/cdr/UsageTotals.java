package com.didtron.activities.cdr;

import com.didtron.activities.usage.UsagePeriods;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.usage.UsageCharge;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sums per-call costs into one charge per account, leg and currency, and the same charge per
 * destination and billing period of the call's start (the account's period, see {@link
 * UsagePeriods}; none when no resolver is given). Re-rating adds differences (negative amounts and
 * call counts are allowed); lines that sum to nothing are left out.
 */
final class UsageTotals {
  private record Key(UUID account, UsageCharge.Leg leg, CurrencyCode currency) {}

  private record DestinationKey(Key charge, String destination, Instant periodStart) {}

  /**
   * One charge's share for one destination and the billing period its calls started in.
   *
   * @param periodStart the first instant of that period; null when not resolved
   */
  record ByDestination(
      UUID account,
      UsageCharge.Leg leg,
      CurrencyCode currency,
      String destination,
      Instant periodStart,
      BigDecimal amount,
      long calls,
      long billableSeconds) {}

  private static final class Sum {
    BigDecimal amount = BigDecimal.ZERO;
    long calls;
    long billable;

    void add(BigDecimal amount, long calls, long billable) {
      this.amount = this.amount.add(amount);
      this.calls += calls;
      this.billable += billable;
    }

    boolean isEmpty() {
      return amount.signum() == 0 && calls == 0 && billable == 0;
    }
  }

  private final Map<Key, Sum> sums = new LinkedHashMap<>();
  private final Map<DestinationKey, Sum> destinations = new LinkedHashMap<>();
  private final UsagePeriods.Resolver periods;

  /** Totals without billing periods (shares by destination only). */
  UsageTotals() {
    this(null);
  }

  /** Totals whose shares are also split by the billing period of each call's start. */
  UsageTotals(UsagePeriods.Resolver periods) {
    this.periods = periods;
  }

  /**
   * Adds {@code amount} for {@code calls} calls of {@code billable} seconds to {@code destination}.
   */
  void add(
      UUID account,
      UsageCharge.Leg leg,
      CurrencyCode currency,
      String destination,
      BigDecimal amount,
      long calls,
      long billable) {
    add(account, leg, currency, destination, null, amount, calls, billable);
  }

  /**
   * As {@link #add(UUID, UsageCharge.Leg, CurrencyCode, String, BigDecimal, long, long)} for calls
   * started at {@code started}.
   */
  void add(
      UUID account,
      UsageCharge.Leg leg,
      CurrencyCode currency,
      String destination,
      Instant started,
      BigDecimal amount,
      long calls,
      long billable) {
    Key key = new Key(account, leg, currency);
    sums.computeIfAbsent(key, k -> new Sum()).add(amount, calls, billable);
    Instant period =
        periods == null || started == null || account == null
            ? null
            : periods.periodStart(account, started);
    destinations
        .computeIfAbsent(new DestinationKey(key, destination, period), k -> new Sum())
        .add(amount, calls, billable);
  }

  /**
   * Adds every sum of {@code other} to these (the charges of several chunks stored in one
   * transaction, each summed on its own).
   */
  void addAll(UsageTotals other) {
    other.sums.forEach(
        (k, s) -> sums.computeIfAbsent(k, x -> new Sum()).add(s.amount, s.calls, s.billable));
    other.destinations.forEach(
        (k, s) ->
            destinations.computeIfAbsent(k, x -> new Sum()).add(s.amount, s.calls, s.billable));
  }

  /** The name usage of a leg is grouped under: its entry's destination, else its prefix. */
  static String destination(String name, String prefix) {
    if (name != null && !name.isBlank()) {
      return name.strip();
    }
    return prefix == null || prefix.isBlank() ? "Unknown destination" : prefix;
  }

  /** The non-empty charges, ordered by account, leg and currency (stable for tests and logs). */
  List<UsageCharge> charges() {
    List<UsageCharge> out = new ArrayList<>();
    sums.forEach(
        (k, s) -> {
          if (!s.isEmpty()) {
            out.add(
                new UsageCharge(
                    k.account(), k.leg(), new Money(s.amount, k.currency()), s.calls, s.billable));
          }
        });
    out.sort(
        Comparator.comparing((UsageCharge c) -> c.accountId().toString())
            .thenComparing(UsageCharge::leg)
            .thenComparing(c -> c.amount().currency().code()));
    return out;
  }

  /**
   * The non-empty destination shares of the charges {@link #charges()} returns; the shares of one
   * charge add up to it exactly.
   */
  List<ByDestination> byDestination() {
    List<ByDestination> out = new ArrayList<>();
    destinations.forEach(
        (k, s) -> {
          if (!s.isEmpty() && !sums.get(k.charge()).isEmpty()) {
            Key c = k.charge();
            out.add(
                new ByDestination(
                    c.account(),
                    c.leg(),
                    c.currency(),
                    k.destination(),
                    k.periodStart(),
                    s.amount,
                    s.calls,
                    s.billable));
          }
        });
    return out;
  }
}
