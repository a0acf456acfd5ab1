package com.didtron.domain.ledger;

/**
 * A journal entry that breaks a rule of double entry (fewer than two postings, not summing to zero
 * in a currency) or a posting request the ledger cannot honour. The message is safe to show.
 */
public class LedgerRuleViolation extends IllegalArgumentException {
  public LedgerRuleViolation(String message) {
    super(message);
  }
}
