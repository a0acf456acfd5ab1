package com.didtron.rating.offline;

import com.didtron.rating.engine.Billing;
import java.math.BigDecimal;

/** An exact running total of amounts in micro-units that spills into BigDecimal on overflow. */
final class MicroSum {
  private long micros;
  private BigDecimal spill = BigDecimal.ZERO;

  void add(long amount) {
    long sum = micros + amount;
    if (((micros ^ sum) & (amount ^ sum)) < 0) {
      spill = spill.add(Billing.fromMicros(micros));
      micros = amount;
    } else {
      micros = sum;
    }
  }

  void add(BigDecimal amount) {
    spill = spill.add(amount);
  }

  void add(MicroSum other) {
    add(other.micros);
    spill = spill.add(other.spill);
  }

  BigDecimal total() {
    return spill.add(Billing.fromMicros(micros)).setScale(Billing.SCALE);
  }
}
