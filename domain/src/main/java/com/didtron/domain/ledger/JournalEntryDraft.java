package com.didtron.domain.ledger;

import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A journal entry about to be posted. It cannot exist unbalanced: the constructor refuses fewer
 * than two postings and postings that do not sum to zero in each currency.
 *
 * @param effectiveDate the accounting date; foreign-currency postings carry this date's FX rate
 * @param description what happened, in words people read in the ledger browser
 * @param source the business document the entry comes from
 * @param workflowId the Temporal workflow posting it, or null for a direct action (webhook, admin)
 * @param idempotencyKey unique per tenant: posting the same key again returns the first entry
 */
public record JournalEntryDraft(
    TenantId tenantId,
    LocalDate effectiveDate,
    String description,
    SourceRef source,
    String workflowId,
    String idempotencyKey,
    List<Posting> postings) {
  public JournalEntryDraft {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(effectiveDate, "effectiveDate");
    Objects.requireNonNull(source, "source");
    if (description == null || description.isBlank()) {
      throw new LedgerRuleViolation("a journal entry needs a description");
    }
    if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 300) {
      throw new LedgerRuleViolation(
          "a journal entry needs an idempotency key of 1 to 300 characters");
    }
    postings = List.copyOf(postings);
    requireBalanced(postings);
  }

  /** Refuses fewer than two postings or a currency whose postings do not sum to zero. */
  public static void requireBalanced(List<Posting> postings) {
    if (postings.size() < 2) {
      throw new LedgerRuleViolation(
          "a journal entry needs at least two postings, not " + postings.size());
    }
    for (Map.Entry<CurrencyCode, BigDecimal> total : totals(postings).entrySet()) {
      if (total.getValue().signum() != 0) {
        throw new LedgerRuleViolation(
            "the postings in "
                + total.getKey()
                + " sum to "
                + total.getValue().toPlainString()
                + " instead of zero");
      }
    }
  }

  /** The sum of the postings per currency, in order of first appearance. */
  public static Map<CurrencyCode, BigDecimal> totals(List<Posting> postings) {
    Map<CurrencyCode, BigDecimal> sums = new LinkedHashMap<>();
    for (Posting p : postings) {
      Money m = p.amount();
      sums.merge(m.currency(), m.amount(), BigDecimal::add);
    }
    return sums;
  }
}
