package com.didtron.activities.invoicing;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.invoicing.BillingPeriod;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The seam between invoicing and the rated CDRs: what usage an invoice bills, as lines (by
 * destination when the source knows destinations) and as the parts of the ledger's usage entries
 * those lines add up to. The invoice stores which parts it billed, so every part is billed once.
 *
 * <p>A call belongs to the billing period containing its start time in the account's billing time
 * zone: a usage entry whose batch carries shares per call period is billed part by part (the
 * invoice of a period bills the part of its period, and parts of earlier periods as late usage); an
 * entry without call periods is billed whole by the period in which it was posted (before the
 * close).
 *
 * <p>Rule for implementations: the lines' amounts must sum to exactly the parts' amounts, and a
 * whole entry's amount is what it debited to the customer's ledger sub-account in {@code currency};
 * the issuer checks it and refuses an inconsistent answer. Called inside the issuing transaction.
 *
 * <p>{@link CdrInvoiceUsageSource} answers with one line per destination from the CDR pipeline's
 * shares; {@link LedgerInvoiceUsageSource} answers from the ledger alone (one line per CDR batch)
 * and is the fallback: the issuer prefers any other implementation.
 */
interface InvoiceUsageSource {
  /**
   * @param zone the account's billing time zone (the period's instants are cut there)
   * @param closesAt usage without call periods posted before this instant (the period end plus the
   *     grace time) and not billed yet belongs on this invoice
   */
  record Query(
      TenantId tenant,
      AccountId account,
      CurrencyCode currency,
      BillingPeriod period,
      ZoneId zone,
      Instant closesAt) {}

  /**
   * One line of usage: {@code destination} null when unknown; counts null when unknown; {@code
   * late} for calls of an earlier period that was invoiced before they arrived.
   */
  record Line(
      String description,
      String destination,
      Long calls,
      Long billableSeconds,
      BigDecimal amount,
      boolean late) {
    public Line(
        String description,
        String destination,
        Long calls,
        Long billableSeconds,
        BigDecimal amount) {
      this(description, destination, calls, billableSeconds, amount, false);
    }
  }

  /**
   * A billed part of a usage entry: the calls of one period ({@code periodStart} its first instant)
   * or, with {@code periodStart} null, the whole entry.
   */
  record Part(UUID entryId, Instant periodStart, BigDecimal amount) {}

  /** The lines and the parts of usage entries they bill. */
  record Usage(List<Line> lines, List<Part> parts) {
    public Usage {
      lines = List.copyOf(lines);
      parts = List.copyOf(parts);
    }
  }

  Usage usage(Query query);
}
