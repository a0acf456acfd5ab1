package com.didtron.activities.cdr;

import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.usage.UsageCharge;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sums per-call costs into one charge per account, leg and currency. Re-rating adds differences
 * (negative amounts and call counts are allowed); lines that sum to nothing are left out.
 */
final class UsageTotals {
  private record Key(UUID account, UsageCharge.Leg leg, CurrencyCode currency) {}

  private static final class Sum {
    BigDecimal amount = BigDecimal.ZERO;
    long calls;
    long billable;
  }

  private final Map<Key, Sum> sums = new LinkedHashMap<>();

  /** Adds {@code amount} for {@code calls} calls of {@code billable} seconds. */
  void add(UUID account, UsageCharge.Leg leg, CurrencyCode currency, BigDecimal amount,
      long calls, long billable) {
    Sum s = sums.computeIfAbsent(new Key(account, leg, currency), k -> new Sum());
    s.amount = s.amount.add(amount);
    s.calls += calls;
    s.billable += billable;
  }

  /** The non-empty charges, ordered by account, leg and currency (stable for tests and logs). */
  List<UsageCharge> charges() {
    List<UsageCharge> out = new ArrayList<>();
    sums.forEach((k, s) -> {
      if (s.amount.signum() != 0 || s.calls != 0 || s.billable != 0) {
        out.add(new UsageCharge(k.account(), k.leg(), new Money(s.amount, k.currency()), s.calls,
            s.billable));
      }
    });
    out.sort(Comparator.comparing((UsageCharge c) -> c.accountId().toString())
        .thenComparing(UsageCharge::leg).thenComparing(c -> c.amount().currency().code()));
    return out;
  }
}
