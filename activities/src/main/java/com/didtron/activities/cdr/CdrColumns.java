package com.didtron.activities.cdr;

/** The columns of the {@code cdr} table in the order the pipeline's COPY writes them. */
public final class CdrColumns {
  /** Comma-separated, for {@code COPY cdr (...)}. */
  public static final String NAMES =
      "tenant_id, source, call_id, batch_id, line, account_ref, "
          + "carrier_ref, account_id, carrier_id, caller, callee, start_time, duration, status, reason, "
          + "customer_prefix, customer_rate, customer_billable, customer_cost, customer_currency, "
          + "carrier_prefix, carrier_rate, carrier_billable, carrier_cost, carrier_currency, margin, "
          + "rated_at, customer_destination, carrier_destination";

  private CdrColumns() {}
}
