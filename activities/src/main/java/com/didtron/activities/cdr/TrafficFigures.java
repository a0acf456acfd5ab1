package com.didtron.activities.cdr;

import com.didtron.activities.Facade;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Traffic figures for the home pages: calls, billable seconds and amounts over a window of call
 * start times [from, to), summed in the database over the account, carrier or tenant index. Each
 * side reads only its own leg: a customer's figures never carry the carrier leg and a carrier's
 * never the customer leg. Trusted internal calls: the caller has checked the actor.
 */
@Facade
public interface TrafficFigures {
  /** The calls {@code account} placed (customer leg), one line per currency. */
  List<Leg> customer(AccountId account, Instant from, Instant to);

  /** The calls {@code carrier} terminated for us (carrier leg), one line per currency. */
  List<Leg> carrier(AccountId carrier, Instant from, Instant to);

  /** Every call of the tenant, both legs and the margin, one line per currency pair. */
  List<Both> tenant(TenantId tenant, Instant from, Instant to);

  /**
   * One side's calls in one currency.
   *
   * @param currency the leg's currency; null for the calls not rated (yet)
   * @param calls every CDR of the line, answered or not
   * @param billableSeconds the billable seconds of the leg (zero for unrated calls)
   * @param amount the leg's rated cost (zero for unrated calls)
   */
  record Leg(String currency, long calls, long billableSeconds, BigDecimal amount) {}

  /**
   * The tenant's calls in one pair of currencies.
   *
   * @param customerCurrency null for the calls not rated (yet)
   * @param billableSeconds the customer leg's billable seconds
   * @param revenue what customers were charged
   * @param cost what carriers charge us
   * @param margin revenue less cost, in the customer currency
   */
  record Both(
      String customerCurrency,
      String carrierCurrency,
      long calls,
      long billableSeconds,
      BigDecimal revenue,
      BigDecimal cost,
      BigDecimal margin) {}
}
