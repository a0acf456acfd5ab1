package com.didtron.activities.ledger;

import java.util.List;

/**
 * The outcome of {@link LedgerVerifier#verify()}: every broken invariant, and what was checked.
 *
 * @param entries how many journal entries were checked
 * @param postings how many postings
 * @param balances how many materialised balances
 * @param chainHead the newest link of the entries' hash chain ({@code #<no> <sha-256 hex>}), null
 *     while there are no entries; noted down elsewhere, it also shows a chain rewritten from
 *     scratch
 */
public record LedgerVerification(
    long entries, long postings, long balances, List<Violation> violations, String chainHead) {
  public LedgerVerification {
    violations = List.copyOf(violations);
  }

  /** One broken invariant: which rule, and the entry/account it concerns, in words. */
  public record Violation(String rule, String detail) {
    @Override
    public String toString() {
      return rule + ": " + detail;
    }
  }

  public boolean ok() {
    return violations.isEmpty();
  }
}
