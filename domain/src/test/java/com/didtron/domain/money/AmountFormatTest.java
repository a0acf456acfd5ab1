package com.didtron.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountFormatTest {
  @ParameterizedTest(name = "{0} reads {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1234.5        | 1,234.50",
        "1234.50       | 1,234.50",
        "0             | 0.00",
        "0.5           | 0.50",
        "999.99        | 999.99",
        "1000          | 1,000.00",
        "1234567.891   | 1,234,567.891",
        "0.012300      | 0.0123",
        "0.000001      | 0.000001",
        "-1234.5       | -1,234.50",
        "-0.01         | -0.01",
        "1E+3          | 1,000.00",
      })
  void groupsThousandsKeepsAtLeastTwoDecimalsAndNeverRounds(String amount, String reads) {
    assertThat(AmountFormat.of(new BigDecimal(amount))).isEqualTo(reads);
  }

  @Test
  void moneyReadsWithItsCurrencyAfterTheAmount() {
    assertThat(AmountFormat.of(Money.of("1234.5", "USD"))).isEqualTo("1,234.50 USD");
    assertThat(AmountFormat.of(Money.of("-20", "EUR"))).isEqualTo("-20.00 EUR");
    assertThat(AmountFormat.of(new BigDecimal("19.2"), CurrencyCode.of("GBP")))
        .isEqualTo("19.20 GBP");
  }

  @Test
  void currenciesWithoutOrWithThreeMinorUnitsAreNeitherPaddedAwayNorRounded() {
    assertThat(AmountFormat.of(Money.of("1500", "JPY"))).isEqualTo("1,500.00 JPY");
    assertThat(AmountFormat.of(Money.of("1234.567", "KWD"))).isEqualTo("1,234.567 KWD");
  }

  @Test
  void noAmountReadsBlank() {
    assertThat(AmountFormat.of((BigDecimal) null)).isEmpty();
    assertThat(AmountFormat.of((Money) null)).isEmpty();
  }
}
