package com.didtron.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.domain.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopUpInputTest {
  @ParameterizedTest(name = "{0} {1} (card {2}) -> {3}")
  @CsvSource({
    "10, USD, true, ''",
    "10.50, EUR, true, ''",
    "0, USD, true, amount: The amount must be greater than zero",
    "-5, USD, false, amount: The amount must be greater than zero",
    "ten, USD, false, amount: Not a number: ten",
    "10, XYZ, false, currency: Currency: unknown currency XYZ",
    "10, dollars, false, 'currency: Currency: currency must be three capital letters, e.g. USD'",
    "10.001, USD, true, amount: USD amounts have at most 2 decimals",
    "10.001, USD, false, ''",
    "100.5, JPY, true, amount: JPY amounts have at most 0 decimals"
  })
  void topUpsArePositiveAmountsInKnownCurrencies(
      String amount, String currency, boolean card, String error) {
    var errors = new TopUpInput(amount, currency, null).validate(card, false);
    if (error.isEmpty()) {
      assertThat(errors).isEmpty();
    } else {
      assertThat(errors).extracting(e -> e.field() + ": " + e.message()).containsExactly(error);
    }
  }

  @ParameterizedTest(name = "reason ''{0}'' accepted: {1}")
  @CsvSource({"'', false", "ok, false", "bank transfer 4711, true"})
  void manualTopUpsNeedAReason(String reason, boolean accepted) {
    assertThat(new TopUpInput("5", "USD", reason).validate(false, true).isEmpty())
        .isEqualTo(accepted);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"10.50, 10.5", "100, 100", "1E+2, 100"})
  void amountsBecomeExactMoney(String amount, String expected) {
    assertThat(new TopUpInput(amount, "usd", null).money()).isEqualTo(Money.of(expected, "USD"));
  }
}
