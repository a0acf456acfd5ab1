package com.didtron.activities.cdr;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.domain.money.CurrencyCode;
import com.didtron.rating.cdr.Cdr;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InboundRatesTest {
  private static final UUID OWNER = UUID.randomUUID();

  private static Cdr call(String carrier, String seconds) {
    return new Cdr(
        "c-1",
        OWNER.toString(),
        carrier,
        "15551230000",
        "442071234567",
        Instant.parse("2026-12-04T10:00:00Z"),
        new BigDecimal(seconds));
  }

  @Test
  void anInboundCallIsRatedAtItsNumbersPerMinutePriceIn60SecondIncrements() {
    String ref = InboundRates.carrierRef("442071234567", new BigDecimal("0.015"), "USD");
    assertThat(ref).isEqualTo("did-inbound:442071234567:0.015000:USD");

    RatedCdr oneMinute = InboundRates.rate(1L, call(ref, "2.4"), OWNER);
    assertThat(oneMinute.rating().isRated()).isTrue();
    assertThat(oneMinute.accountId()).isEqualTo(OWNER);
    assertThat(oneMinute.carrierId()).isNull();
    assertThat(oneMinute.sellCurrency()).isEqualTo(new CurrencyCode("USD"));
    assertThat(oneMinute.rating().customer().billableSeconds()).isEqualTo(60);
    assertThat(oneMinute.rating().customer().cost()).isEqualByComparingTo("0.015");
    assertThat(oneMinute.rating().carrier().cost()).isEqualByComparingTo("0");

    RatedCdr twoMinutes = InboundRates.rate(1L, call(ref, "61"), OWNER);
    assertThat(twoMinutes.rating().customer().billableSeconds()).isEqualTo(120);
    assertThat(twoMinutes.rating().customer().cost()).isEqualByComparingTo("0.030");
  }

  @Test
  void aMalformedReferenceOrAnUnknownOwnerIsUnratedNotCharged() {
    assertThat(
            InboundRates.rate(1L, call("did-inbound:44207:x:USD", "30"), OWNER).rating().isRated())
        .isFalse();
    String ref = InboundRates.carrierRef("442071234567", new BigDecimal("0.015"), "USD");
    assertThat(InboundRates.rate(1L, call(ref, "30"), null).rating().isRated()).isFalse();
    assertThat(InboundRates.isInbound(call("carrier-x", "30"))).isFalse();
  }
}
