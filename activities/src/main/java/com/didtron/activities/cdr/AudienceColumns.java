package com.didtron.activities.cdr;

import static com.didtron.activities.db.Tables.CDR;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The one place that decides which CDR columns each {@link CdrAudience} gets: the rows it may read,
 * the columns selected for a page and for an export, and how a row becomes its view. The other
 * side's columns are never selected, so they cannot leak through any channel.
 */
final class AudienceColumns {
  private static final String PENDING = "RATING_PENDING";

  private AudienceColumns() {}

  /** The rows {@code audience} may read, given its own account (null for staff). */
  static Condition scope(CdrAudience audience, UUID ownAccount) {
    return switch (audience) {
      case STAFF -> DSL.noCondition();
      case CUSTOMER -> CDR.ACCOUNT_ID.eq(ownAccount);
      case CARRIER -> CDR.CARRIER_ID.eq(ownAccount);
    };
  }

  /**
   * Why a CDR is unrated, as the audience may know it: a failure on the other side's leg reads
   * {@value #PENDING} (a customer does not learn that a carrier had no rate, nor the reverse).
   */
  static Field<String> reason(CdrAudience audience) {
    return switch (audience) {
      case STAFF -> CDR.REASON;
      case CUSTOMER ->
          DSL.when(CDR.REASON.eq("NO_CARRIER_RATE"), DSL.inline(PENDING))
              .otherwise(CDR.REASON)
              .as("reason");
      case CARRIER ->
          DSL.when(CDR.REASON.eq("NO_CUSTOMER_RATE"), DSL.inline(PENDING))
              .otherwise(CDR.REASON)
              .as("reason");
    };
  }

  /** The columns of a page for {@code audience}, read back by {@link #view}. */
  static List<Field<?>> page(CdrAudience audience) {
    List<Field<?>> f =
        new ArrayList<>(
            List.of(
                CDR.SOURCE,
                CDR.CALL_ID,
                CDR.CALLER,
                CDR.CALLEE,
                CDR.START_TIME,
                CDR.DURATION,
                CDR.STATUS,
                reason(audience)));
    f.addAll(own(audience));
    return f;
  }

  /** The CSV columns of an export for {@code audience}, named as in the header line. */
  static List<Field<?>> export(CdrAudience audience) {
    List<Field<?>> f = new ArrayList<>(List.of(CDR.CALL_ID, CDR.SOURCE));
    switch (audience) {
      case STAFF -> f.addAll(List.of(CDR.ACCOUNT_REF.as("account"), CDR.CARRIER_REF.as("carrier")));
      case CUSTOMER -> f.add(CDR.ACCOUNT_REF.as("account"));
      case CARRIER -> f.add(CDR.CARRIER_REF.as("carrier"));
    }
    f.addAll(
        List.of(
            CDR.CALLER,
            CDR.CALLEE,
            DSL.field("iso_utc({0})", String.class, CDR.START_TIME).as("start_time"),
            CDR.DURATION,
            CDR.STATUS,
            reason(audience)));
    switch (audience) {
      case STAFF ->
          f.addAll(
              List.of(
                  CDR.CUSTOMER_PREFIX,
                  CDR.CUSTOMER_RATE,
                  CDR.CUSTOMER_BILLABLE,
                  CDR.CUSTOMER_COST,
                  CDR.CUSTOMER_CURRENCY,
                  CDR.CARRIER_PREFIX,
                  CDR.CARRIER_RATE,
                  CDR.CARRIER_BILLABLE,
                  CDR.CARRIER_COST,
                  CDR.CARRIER_CURRENCY,
                  CDR.MARGIN));
      case CUSTOMER ->
          f.addAll(
              List.of(
                  CDR.CUSTOMER_PREFIX.as("prefix"),
                  CDR.CUSTOMER_RATE.as("rate"),
                  CDR.CUSTOMER_BILLABLE.as("billable_seconds"),
                  CDR.CUSTOMER_COST.as("cost"),
                  CDR.CUSTOMER_CURRENCY.as("currency")));
      case CARRIER ->
          f.addAll(
              List.of(
                  CDR.CARRIER_PREFIX.as("prefix"),
                  CDR.CARRIER_RATE.as("rate"),
                  CDR.CARRIER_BILLABLE.as("billable_seconds"),
                  CDR.CARRIER_COST.as("cost"),
                  CDR.CARRIER_CURRENCY.as("currency")));
    }
    return f;
  }

  private static List<Field<?>> own(CdrAudience audience) {
    return switch (audience) {
      case STAFF ->
          List.of(
              CDR.ACCOUNT_REF,
              CDR.CARRIER_REF,
              CDR.CUSTOMER_PREFIX,
              CDR.CUSTOMER_BILLABLE,
              CDR.CUSTOMER_COST,
              CDR.CUSTOMER_CURRENCY,
              CDR.CARRIER_PREFIX,
              CDR.CARRIER_BILLABLE,
              CDR.CARRIER_COST,
              CDR.CARRIER_CURRENCY,
              CDR.MARGIN);
      case CUSTOMER ->
          List.of(
              CDR.ACCOUNT_REF,
              CDR.CUSTOMER_PREFIX,
              CDR.CUSTOMER_RATE,
              CDR.CUSTOMER_BILLABLE,
              CDR.CUSTOMER_COST,
              CDR.CUSTOMER_CURRENCY);
      case CARRIER ->
          List.of(
              CDR.CARRIER_REF,
              CDR.CARRIER_PREFIX,
              CDR.CARRIER_RATE,
              CDR.CARRIER_BILLABLE,
              CDR.CARRIER_COST,
              CDR.CARRIER_CURRENCY);
    };
  }

  /** A row selected with {@link #page} as the audience's view. */
  static CdrView view(CdrAudience audience, Record r) {
    String reason = r.get("reason", String.class);
    var start = r.get(CDR.START_TIME);
    return switch (audience) {
      case STAFF ->
          new StaffCdrView(
              r.get(CDR.SOURCE),
              r.get(CDR.CALL_ID),
              r.get(CDR.ACCOUNT_REF),
              r.get(CDR.CARRIER_REF),
              r.get(CDR.CALLER),
              r.get(CDR.CALLEE),
              start,
              r.get(CDR.DURATION),
              r.get(CDR.STATUS),
              reason,
              r.get(CDR.CUSTOMER_PREFIX),
              r.get(CDR.CUSTOMER_BILLABLE),
              r.get(CDR.CUSTOMER_COST),
              r.get(CDR.CUSTOMER_CURRENCY),
              r.get(CDR.CARRIER_PREFIX),
              r.get(CDR.CARRIER_BILLABLE),
              r.get(CDR.CARRIER_COST),
              r.get(CDR.CARRIER_CURRENCY),
              r.get(CDR.MARGIN));
      case CUSTOMER ->
          new CustomerCdrView(
              r.get(CDR.SOURCE),
              r.get(CDR.CALL_ID),
              r.get(CDR.ACCOUNT_REF),
              r.get(CDR.CALLER),
              r.get(CDR.CALLEE),
              start,
              r.get(CDR.DURATION),
              r.get(CDR.STATUS),
              reason,
              r.get(CDR.CUSTOMER_PREFIX),
              r.get(CDR.CUSTOMER_RATE),
              r.get(CDR.CUSTOMER_BILLABLE),
              r.get(CDR.CUSTOMER_COST),
              r.get(CDR.CUSTOMER_CURRENCY));
      case CARRIER ->
          new CarrierCdrView(
              r.get(CDR.SOURCE),
              r.get(CDR.CALL_ID),
              r.get(CDR.CARRIER_REF),
              r.get(CDR.CALLER),
              r.get(CDR.CALLEE),
              start,
              r.get(CDR.DURATION),
              r.get(CDR.STATUS),
              reason,
              r.get(CDR.CARRIER_PREFIX),
              r.get(CDR.CARRIER_RATE),
              r.get(CDR.CARRIER_BILLABLE),
              r.get(CDR.CARRIER_COST),
              r.get(CDR.CARRIER_CURRENCY));
    };
  }
}
