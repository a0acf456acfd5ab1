package com.didtron.activities.invoicing;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.invoicing.BillingPeriod;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The seam between invoicing and the rated CDRs: what usage an invoice bills, as lines (by
 * destination when the source knows destinations) and as the ledger's usage entries those lines
 * add up to. The invoice stores which entries it billed, so every usage entry is billed once.
 *
 * <p>Rule for implementations: the lines' amounts must sum to exactly the amounts the listed usage
 * entries debited to the customer's ledger sub-account in {@code currency}; the issuer checks it and
 * refuses an inconsistent answer. Called inside the issuing transaction.
 *
 * <p>{@link CdrInvoiceUsageSource} answers with one line per destination from the CDR pipeline's
 * per-destination shares of each batch; {@link LedgerInvoiceUsageSource} answers from the ledger
 * alone (one line per CDR batch) and is the fallback: the issuer prefers any other implementation.
 */
public interface InvoiceUsageSource {
  /**
   * @param closesAt usage posted before this instant (the period end plus the grace time) and not
   *     billed yet belongs on this invoice
   */
  record Query(TenantId tenant, AccountId account, CurrencyCode currency, BillingPeriod period,
      Instant closesAt) {}

  /** One line of usage: {@code destination} null when unknown; counts null when unknown. */
  record Line(String description, String destination, Long calls, Long billableSeconds,
      BigDecimal amount) {}

  /** The lines and the usage journal entries they bill. */
  record Usage(List<Line> lines, List<UUID> usageEntryIds) {
    public Usage {
      lines = List.copyOf(lines);
      usageEntryIds = List.copyOf(usageEntryIds);
    }
  }

  Usage usage(Query query);
}
