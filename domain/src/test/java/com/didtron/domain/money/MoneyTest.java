package com.didtron.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void addsExactlyWithoutBinaryRounding() {
    Money sum = Money.of("0.1", "USD").plus(Money.of("0.2", "USD"));
    assertThat(sum).isEqualTo(Money.of("0.3", "USD"));
    assertThat(sum.amount().toPlainString()).isEqualTo("0.300000");
  }

  @Test
  void refusesToMixCurrencies() {
    assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
        .hasMessageContaining("cannot mix USD and EUR");
  }

  @Test
  void refusesMoreDecimalsThanRatingPrecision() {
    assertThatThrownBy(() -> Money.of("0.0000001", "USD"))
        .hasMessageContaining("more than 6 decimals");
  }

  @Test
  void acceptsOnlyKnownCurrencyCodes() {
    assertThat(CurrencyCode.of(" eur ").code()).isEqualTo("EUR");
    assertThatThrownBy(() -> CurrencyCode.of("XYZ1")).hasMessageContaining("three capital letters");
    assertThatThrownBy(() -> CurrencyCode.of("QQQ")).hasMessageContaining("unknown currency QQQ");
  }
}
