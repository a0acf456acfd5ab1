package com.didtron.activities.cdr;

import com.didtron.activities.Facade;
import com.didtron.domain.account.AccountId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Figures over the recent stored CDRs of one account, as the fraud detector reads them. Windows are
 * on the call's start time, [from, to). Not for the call-setup path: each call is one indexed
 * query.
 */
@Facade
public interface AccountTraffic {
  /** Accounts with a CDR started at or after {@code since}, as the customer (calling) side. */
  Set<AccountId> customersSince(Instant since);

  /** Accounts with a CDR started at or after {@code since}, as the carrier (terminating) side. */
  Set<AccountId> carriersSince(Instant since);

  /**
   * The account's calls as the customer in the window.
   *
   * @param shortSeconds an answered call shorter than this counts as short
   */
  CustomerWindow customer(AccountId account, Instant from, Instant to, int shortSeconds);

  /** What the calls the account terminated in the window cost us (rated CDRs). */
  CarrierWindow carrier(AccountId account, Instant from, Instant to);

  /**
   * What customers were charged for their calls started at or after {@code since}, summed per
   * account, currency and minute of rating (one query, for credit control when it loads: its
   * rolling 24 hours of spend survive a restart).
   */
  List<ChargedMinute> customerChargesSince(Instant since);

  /** {@link #customerChargesSince(Instant)} of one account. */
  List<ChargedMinute> customerChargesSince(AccountId account, Instant since);

  /**
   * One account's rated customer cost in one currency, rated within the minute starting at {@code
   * minute}.
   */
  record ChargedMinute(AccountId account, String currency, Instant minute, BigDecimal amount) {}

  /**
   * @param calls every CDR (answered or not)
   * @param answered CDRs with a duration above zero
   * @param shortAnswered answered CDRs shorter than the short limit
   * @param spend the customer's rated cost of the window
   */
  record CustomerWindow(int calls, int answered, int shortAnswered, BigDecimal spend) {}

  /**
   * @param calls every CDR the account terminated
   * @param cost our rated cost of them
   */
  record CarrierWindow(int calls, BigDecimal cost) {}
}
