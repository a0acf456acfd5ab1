package com.didtron.ui.api.cdr;

import com.didtron.activities.cdr.CarrierCdrView;
import com.didtron.activities.cdr.CdrView;
import com.didtron.activities.cdr.CustomerCdrView;
import com.didtron.activities.cdr.StaffCdrView;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A stored CDR as the API shows it to the caller's audience; amounts are decimal strings (exact,
 * never floating point). Customers get {@link Customer} (their leg only), carriers {@link Carrier}
 * (their leg only), staff {@link Staff} (both legs and the margin).
 */
public sealed interface CdrJson {
  /** Both legs and the margin. */
  record Staff(
      String source,
      String callId,
      String account,
      String carrier,
      String caller,
      String callee,
      Instant startTime,
      String duration,
      String status,
      String reason,
      String customerPrefix,
      Long customerBillableSeconds,
      String customerCost,
      String customerCurrency,
      String carrierPrefix,
      Long carrierBillableSeconds,
      String carrierCost,
      String carrierCurrency,
      String margin)
      implements CdrJson {}

  /** The customer's own leg: what it is charged. */
  record Customer(
      String source,
      String callId,
      String account,
      String caller,
      String callee,
      Instant startTime,
      String duration,
      String status,
      String reason,
      String prefix,
      String rate,
      Long billableSeconds,
      String cost,
      String currency)
      implements CdrJson {}

  /** The carrier's own leg: what it is paid. */
  record Carrier(
      String source,
      String callId,
      String carrier,
      String caller,
      String callee,
      Instant startTime,
      String duration,
      String status,
      String reason,
      String prefix,
      String rate,
      Long billableSeconds,
      String cost,
      String currency)
      implements CdrJson {}

  static CdrJson of(CdrView view) {
    return switch (view) {
      case StaffCdrView r ->
          new Staff(
              r.source(),
              r.callId(),
              r.account(),
              r.carrier(),
              r.caller(),
              r.callee(),
              r.startTime(),
              text(r.duration()),
              r.status().name(),
              r.reason(),
              r.customerPrefix(),
              r.customerBillable(),
              text(r.customerCost()),
              r.customerCurrency(),
              r.carrierPrefix(),
              r.carrierBillable(),
              text(r.carrierCost()),
              r.carrierCurrency(),
              text(r.margin()));
      case CustomerCdrView r ->
          new Customer(
              r.source(),
              r.callId(),
              r.account(),
              r.caller(),
              r.callee(),
              r.startTime(),
              text(r.duration()),
              r.status().name(),
              r.reason(),
              r.prefix(),
              text(r.rate()),
              r.billableSeconds(),
              text(r.cost()),
              r.currency());
      case CarrierCdrView r ->
          new Carrier(
              r.source(),
              r.callId(),
              r.carrier(),
              r.caller(),
              r.callee(),
              r.startTime(),
              text(r.duration()),
              r.status().name(),
              r.reason(),
              r.prefix(),
              text(r.rate()),
              r.billableSeconds(),
              text(r.cost()),
              r.currency());
    };
  }

  private static String text(BigDecimal d) {
    return d == null ? null : d.toPlainString();
  }
}
