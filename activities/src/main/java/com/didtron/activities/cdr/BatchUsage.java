package com.didtron.activities.cdr;

import com.didtron.activities.Facade;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the CDR pipeline stored per usage batch, as invoicing and reconciliation read it: the only
 * way other features read {@code usage_batch} and {@code usage_charge_destination}. Trusted
 * internal calls (the caller has checked the actor).
 */
@Facade
public interface BatchUsage {
  /**
   * An account's customer charge of a batch for one destination's calls of one billing period
   * ({@code periodStart} null: not known).
   */
  record Share(
      UUID batchId,
      Instant periodStart,
      String destination,
      Money amount,
      long calls,
      long billableSeconds) {}

  /** Every customer share of these batches for the account in the currency, whatever the period. */
  List<Share> customerShares(AccountId account, CurrencyCode currency, Collection<UUID> batches);

  /**
   * The customer shares of these batches for the account in the currency of calls started in a
   * known period before {@code before}, leaving out the periods {@code except} names per batch, by
   * batch, period and destination.
   */
  List<Share> customerSharesBefore(
      AccountId account,
      CurrencyCode currency,
      Collection<UUID> batches,
      Instant before,
      Map<UUID, Set<Instant>> except);

  /** Which of these batches the CDR pipeline wrote. */
  Set<UUID> written(Collection<UUID> batches);
}
