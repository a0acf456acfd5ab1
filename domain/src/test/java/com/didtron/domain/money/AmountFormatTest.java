package com.didtron.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountFormatTest {
  @ParameterizedTest(name = "{0} {1} reads {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "9667.093881   | USD | 9,667.09 USD",
        "1234.5        | USD | 1,234.50 USD",
        "0             | USD | 0.00 USD",
        "1000          | EUR | 1,000.00 EUR",
        "1234567.891   | EUR | 1,234,567.89 EUR",
        "1500          | JPY | 1,500 JPY",
        "1500.5        | JPY | 1,501 JPY",
        "1234.5678     | KWD | 1,234.568 KWD",
        "12.3          | BHD | 12.300 BHD",
        "1E+3          | USD | 1,000.00 USD",
      })
  void balancesAndTotalsReadInTheCurrencysMinorUnitsGroupedWithTheCode(
      String amount, String currency, String reads) {
    assertThat(AmountFormat.of(new BigDecimal(amount), CurrencyCode.of(currency))).isEqualTo(reads);
  }

  @ParameterizedTest(name = "{0} rounds to {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0.005         | 0.01",
        "0.004999      | 0.00",
        "0.015         | 0.02",
        "0.025         | 0.03",
        "2.675         | 2.68",
        "-0.005        | -0.01",
        "-0.004        | 0.00",
        "-1234.565     | -1,234.57",
      })
  void displayRoundingIsHalfUpAndAZeroHasNoSign(String amount, String reads) {
    assertThat(AmountFormat.number(new BigDecimal(amount), CurrencyCode.of("USD")))
        .isEqualTo(reads);
  }

  @Test
  void roundingForDisplayNeverChangesTheAmountItself() {
    BigDecimal stored = new BigDecimal("9667.093881");
    assertThat(AmountFormat.of(new Money(stored, CurrencyCode.of("USD"))))
        .isEqualTo("9,667.09 USD");
    assertThat(stored).isEqualByComparingTo("9667.093881");
    assertThat(AmountFormat.shown(stored, CurrencyCode.of("USD"))).isEqualTo("9667.09");
    assertThat(AmountFormat.shown(stored, CurrencyCode.of("JPY"))).isEqualTo("9667");
  }

  @Test
  void minorUnitsComeFromTheCurrency() {
    assertThat(AmountFormat.minorUnits(CurrencyCode.of("USD"))).isEqualTo(2);
    assertThat(AmountFormat.minorUnits(CurrencyCode.of("EUR"))).isEqualTo(2);
    assertThat(AmountFormat.minorUnits(CurrencyCode.of("JPY"))).isZero();
    assertThat(AmountFormat.minorUnits(CurrencyCode.of("KWD"))).isEqualTo(3);
    assertThat(AmountFormat.minorUnits(CurrencyCode.of("BHD"))).isEqualTo(3);
  }

  @Test
  void negativesCarryAPlainMinusInEveryLocale() {
    assertThat(AmountFormat.of(Money.of("-52.1", "USD"))).isEqualTo("-52.10 USD");
    assertThat(AmountFormat.of(Money.of("-1234.5", "EUR"), Locale.GERMANY))
        .isEqualTo("-1.234,50 EUR");
    // Swedish CLDR data uses U+2212; the one rule keeps the ASCII minus.
    assertThat(AmountFormat.of(Money.of("-5", "SEK"), Locale.forLanguageTag("sv-SE")))
        .startsWith("-")
        .doesNotContain("\u2212");
    assertThat(AmountFormat.precise(new BigDecimal("-0.0123"), CurrencyCode.of("USD")))
        .isEqualTo("-0.0123 USD");
  }

  @ParameterizedTest(name = "{0} {1} reads {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0.012300      | USD | 0.0123 USD",
        "0.000001      | USD | 0.000001 USD",
        "0.5           | USD | 0.50 USD",
        "0.5           | KWD | 0.500 KWD",
        "3             | JPY | 3 JPY",
        "0.25          | JPY | 0.25 JPY",
        "1234.123456   | EUR | 1,234.123456 EUR",
        "0.0000004     | USD | 0.00 USD",
        "0.0000005     | USD | 0.000001 USD",
      })
  void perCallCostsAndRatesKeepUpToSixDecimalsAndAtLeastTheMinorUnits(
      String amount, String currency, String reads) {
    assertThat(AmountFormat.precise(new BigDecimal(amount), CurrencyCode.of(currency)))
        .isEqualTo(reads);
  }

  @Test
  void preciseWithoutACurrencyKeepsAtLeastTwoDecimals() {
    assertThat(AmountFormat.precise(new BigDecimal("0.0123"))).isEqualTo("0.0123");
    assertThat(AmountFormat.precise(new BigDecimal("12"))).isEqualTo("12.00");
    assertThat(AmountFormat.precise(Money.of("0.012", "USD"))).isEqualTo("0.012 USD");
  }

  @Test
  void theReadersLocaleChoosesGroupingAndDecimalSeparators() {
    Money m = Money.of("9667.093881", "USD");
    assertThat(AmountFormat.of(m, Locale.GERMANY)).isEqualTo("9.667,09 USD");
    assertThat(AmountFormat.of(m, Locale.US)).isEqualTo("9,667.09 USD");
    assertThat(AmountFormat.precise(new BigDecimal("1234.0123"), Locale.GERMANY))
        .isEqualTo("1.234,0123");
    assertThat(
            AmountFormat.number(new BigDecimal("1234.5"), CurrencyCode.of("EUR"), Locale.GERMANY))
        .isEqualTo("1.234,50");
  }

  @Test
  void noAmountReadsBlank() {
    assertThat(AmountFormat.of((Money) null)).isEmpty();
    assertThat(AmountFormat.of(null, CurrencyCode.of("USD"))).isEmpty();
    assertThat(AmountFormat.precise((BigDecimal) null)).isEmpty();
    assertThat(AmountFormat.number(null, CurrencyCode.of("USD"))).isEmpty();
  }
}
