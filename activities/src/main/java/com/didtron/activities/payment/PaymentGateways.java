package com.didtron.activities.payment;

import com.didtron.domain.payment.PaymentProvider;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Every {@link PaymentGateway} adapter, by provider. */
@Component
class PaymentGateways {
  private final Map<PaymentProvider, PaymentGateway> byProvider =
      new EnumMap<>(PaymentProvider.class);

  PaymentGateways(List<PaymentGateway> gateways) {
    gateways.forEach(g -> byProvider.put(g.provider(), g));
  }

  /** The adapter of a provider; MANUAL payments have none. */
  PaymentGateway of(PaymentProvider provider) {
    PaymentGateway g = byProvider.get(provider);
    if (g == null) {
      throw new IllegalArgumentException("No payment gateway for " + provider);
    }
    return g;
  }
}
