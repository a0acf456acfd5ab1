package com.didtron.ui.api.cdr;

import com.didtron.activities.cdr.CdrRow;
import java.math.BigDecimal;
import java.time.Instant;

/** A stored CDR as the API shows it; amounts are decimal strings (exact, never floating point). */
public record CdrJson(String source, String callId, String account, String carrier,
    String caller, String callee, Instant startTime, String duration, String status,
    String reason, String customerPrefix, Long customerBillableSeconds, String customerCost,
    String customerCurrency, String carrierPrefix, Long carrierBillableSeconds, String carrierCost,
    String carrierCurrency, String margin) {
  static CdrJson of(CdrRow r) {
    return new CdrJson(r.source(), r.callId(), r.account(), r.carrier(), r.caller(), r.callee(),
        r.startTime(), text(r.duration()), r.status(), r.reason(), r.customerPrefix(),
        r.customerBillable(), text(r.customerCost()), r.customerCurrency(), r.carrierPrefix(),
        r.carrierBillable(), text(r.carrierCost()), r.carrierCurrency(), text(r.margin()));
  }

  private static String text(BigDecimal d) {
    return d == null ? null : d.toPlainString();
  }
}
