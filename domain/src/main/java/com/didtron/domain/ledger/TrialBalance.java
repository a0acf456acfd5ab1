package com.didtron.domain.ledger;

import com.didtron.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every ledger account's balance per currency, with debit and credit columns. In double entry the
 * debits equal the credits in each currency, so {@link #totals()} are all zero on a sound ledger.
 */
public record TrialBalance(List<Line> lines) {
  public TrialBalance {
    lines = List.copyOf(lines);
  }

  /** One account in one currency; {@code balance} is debit-positive. */
  public record Line(LedgerAccount account, CurrencyCode currency, BigDecimal balance) {
    public BigDecimal debit() {
      return balance.signum() > 0 ? balance : BigDecimal.ZERO;
    }

    public BigDecimal credit() {
      return balance.signum() < 0 ? balance.negate() : BigDecimal.ZERO;
    }
  }

  /** Debits minus credits per currency: zero for each currency on a balanced ledger. */
  public Map<CurrencyCode, BigDecimal> totals() {
    Map<CurrencyCode, BigDecimal> sums = new LinkedHashMap<>();
    for (Line l : lines) {
      sums.merge(l.currency(), l.balance(), BigDecimal::add);
    }
    return sums;
  }

  public boolean isBalanced() {
    return totals().values().stream().allMatch(v -> v.signum() == 0);
  }
}
