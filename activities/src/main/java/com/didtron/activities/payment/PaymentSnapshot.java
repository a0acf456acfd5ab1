package com.didtron.activities.payment;

import com.didtron.domain.payment.Payment;
import java.util.LinkedHashMap;
import java.util.Map;

/** A payment as the audit log shows it. */
final class PaymentSnapshot {
  private PaymentSnapshot() {}

  static Map<String, Object> of(Payment p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("accountId", p.accountId().toString());
    m.put("provider", p.provider().name());
    m.put("status", p.status().name());
    m.put("amount", p.amount().amount().stripTrailingZeros().toPlainString());
    m.put("currency", p.amount().currency().code());
    m.put("providerRef", p.providerRef());
    m.put("providerPaymentRef", p.providerPaymentRef());
    m.put("reason", p.reason());
    m.put("refundReason", p.refundReason());
    return m;
  }
}
