package com.didtron.activities.cdr;

import static com.didtron.activities.db.Tables.CDR;

import com.didtron.activities.db.tables.records.CdrRecord;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.usage.UsageCharge;
import com.didtron.rating.engine.LegRating;
import com.didtron.rating.engine.RatedCall;
import com.didtron.rating.engine.RatingStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.Field;

/** The rating columns of a stored CDR: filled from a rating, compared, and what they charge. */
final class StoredRating {
  private static final List<Field<?>> COLUMNS =
      List.of(
          CDR.ACCOUNT_ID,
          CDR.CARRIER_ID,
          CDR.STATUS,
          CDR.REASON,
          CDR.CUSTOMER_PREFIX,
          CDR.CUSTOMER_DESTINATION,
          CDR.CUSTOMER_RATE,
          CDR.CUSTOMER_BILLABLE,
          CDR.CUSTOMER_COST,
          CDR.CUSTOMER_CURRENCY,
          CDR.CARRIER_PREFIX,
          CDR.CARRIER_DESTINATION,
          CDR.CARRIER_RATE,
          CDR.CARRIER_BILLABLE,
          CDR.CARRIER_COST,
          CDR.CARRIER_CURRENCY,
          CDR.MARGIN);

  private StoredRating() {}

  /** Writes {@code c}'s accounts and rating into {@code r}; returns {@code r}. */
  static CdrRecord apply(CdrRecord r, RatedCdr c) {
    RatedCall rating = c.rating();
    r.setAccountId(c.accountId());
    r.setCarrierId(c.carrierId());
    r.setStatus(rating.status());
    r.setReason(rating.reason() == null ? null : rating.reason().name());
    LegRating cu = rating.customer();
    LegRating ca = rating.carrier();
    r.setCustomerPrefix(cu == null ? null : cu.prefix());
    r.setCustomerDestination(cu == null ? null : cu.destination());
    r.setCustomerRate(cu == null ? null : cu.rate());
    r.setCustomerBillable(cu == null ? null : cu.billableSeconds());
    r.setCustomerCost(cu == null ? null : cu.cost());
    r.setCustomerCurrency(cu == null ? null : code(c.sellCurrency()));
    r.setCarrierPrefix(ca == null ? null : ca.prefix());
    r.setCarrierDestination(ca == null ? null : ca.destination());
    r.setCarrierRate(ca == null ? null : ca.rate());
    r.setCarrierBillable(ca == null ? null : ca.billableSeconds());
    r.setCarrierCost(ca == null ? null : ca.cost());
    r.setCarrierCurrency(ca == null ? null : code(c.buyCurrency()));
    r.setMargin(rating.margin());
    return r;
  }

  /** True when both records hold the same accounts and rating (decimals compared by value). */
  static boolean same(CdrRecord a, CdrRecord b) {
    for (Field<?> f : COLUMNS) {
      Object x = a.get(f);
      Object y = b.get(f);
      boolean equal =
          x instanceof BigDecimal bx && y instanceof BigDecimal by
              ? bx.compareTo(by) == 0
              : Objects.equals(x, y);
      if (!equal) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds what a stored rated CDR charges ({@code sign} -1 to reverse it); unrated charge nothing.
   */
  static void charged(UsageTotals totals, CdrRecord r, int sign) {
    if (r.getStatus() != RatingStatus.RATED) {
      return;
    }
    BigDecimal s = BigDecimal.valueOf(sign);
    Instant started = r.getStartTime();
    totals.add(
        r.getAccountId(),
        UsageCharge.Leg.CUSTOMER,
        CurrencyCode.of(r.getCustomerCurrency()),
        UsageTotals.destination(r.getCustomerDestination(), r.getCustomerPrefix()),
        started,
        r.getCustomerCost().multiply(s),
        sign,
        sign * r.getCustomerBillable());
    totals.add(
        r.getCarrierId(),
        UsageCharge.Leg.CARRIER,
        CurrencyCode.of(r.getCarrierCurrency()),
        UsageTotals.destination(r.getCarrierDestination(), r.getCarrierPrefix()),
        started,
        r.getCarrierCost().multiply(s),
        sign,
        sign * r.getCarrierBillable());
  }

  /** The rating columns of {@code r} as an UPDATE's SET clause. */
  static Map<Field<?>, Object> changes(CdrRecord r) {
    Map<Field<?>, Object> set = new LinkedHashMap<>();
    COLUMNS.forEach(f -> set.put(f, r.get(f)));
    set.put(CDR.RATED_AT, r.getRatedAt());
    return set;
  }

  private static String code(CurrencyCode c) {
    return c == null ? null : c.code();
  }
}
