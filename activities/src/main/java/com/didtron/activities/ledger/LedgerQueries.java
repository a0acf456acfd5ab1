package com.didtron.activities.ledger;

import com.didtron.activities.Facade;
import com.didtron.domain.ledger.LedgerAccountId;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The ledger's published reads for invoices, statements and reconciliation: postings of one
 * sub-account with the entries they belong to, and their sums. The only way other features read
 * {@code posting}, {@code journal_entry} and {@code ledger_usage_batch}; trusted internal calls
 * (the caller has checked the actor).
 */
@Facade
public interface LedgerQueries {
  /**
   * A posting of a usage entry (source CDR_BATCH) on a sub-account.
   *
   * @param batchId the entry's source id: the CDR batch it charged
   * @param batchSource the source named on the ledger's receipt of the batch (null: no receipt)
   */
  record UsagePosting(
      UUID entryId,
      long entryNo,
      String batchId,
      LocalDate effectiveDate,
      String batchSource,
      Money amount,
      String memo) {}

  /** A posting on a sub-account with its entry. */
  record EntryPosting(
      long entryNo, LocalDate effectiveDate, SourceRef source, String description, Money amount) {}

  /** What the postings of one kind of entry add up to on one effective date. */
  record DayTotal(LocalDate date, Money amount, long postings) {}

  /**
   * The postings of usage entries of the tenant on the account in the currency, posted before
   * {@code postedBefore} (null: whenever), one per posting, in entry order.
   */
  List<UsagePosting> usagePostings(
      TenantId tenant, LedgerAccountId account, CurrencyCode currency, Instant postedBefore);

  /** The postings of usage entries on the account in the currency effective on days [from, to]. */
  List<UsagePosting> usagePostings(
      LedgerAccountId account, CurrencyCode currency, LocalDate from, LocalDate to);

  /**
   * What each of these entries posted to the account in the currency; entries without any are left
   * out.
   */
  Map<UUID, Money> postedPerEntry(
      Collection<UUID> entries, LedgerAccountId account, CurrencyCode currency);

  /** The source ids of these entries; unknown ids are left out. */
  Map<UUID, String> sourceIds(Collection<UUID> entries);

  /**
   * The postings on the account in the currency effective on days [from, to), except those of
   * entries of the {@code excluded} kinds, in entry order.
   */
  List<EntryPosting> postings(
      LedgerAccountId account,
      CurrencyCode currency,
      LocalDate from,
      LocalDate to,
      Set<SourceType> excluded);

  /**
   * The sum of the postings on the account in the currency effective before {@code before}, except
   * those of entries of the {@code excluded} kinds.
   */
  Money postedBefore(
      LedgerAccountId account, CurrencyCode currency, LocalDate before, Set<SourceType> excluded);

  /**
   * Per effective day in [from, to): the sum and number of postings of entries of one kind on the
   * account.
   */
  List<DayTotal> dailyTotals(
      LedgerAccountId account,
      CurrencyCode currency,
      LocalDate from,
      LocalDate to,
      SourceType kind);
}
