package com.didtron.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmountParserTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "12.50",
        " -1.5 ",
        "+3",
        ".25",
        "7.",
        "999999999999999999.999999999999",
        "1E+2",
        "1e-3",
        "25E-11"
      })
  void plainDecimalsWithinTheBoundsAreAmounts(String text) {
    assertThat(AmountParser.parse(text)).isInstanceOf(AmountParser.Amount.class);
  }

  @Test
  void anAmountKeepsItsExactValue() {
    assertThat(AmountParser.require("-0.000100")).isEqualTo(new BigDecimal("-0.000100"));
  }

  @Test
  void anAbsurdExponentIsRefusedFromTheTextWithoutMakingAHugeNumber() {
    assertThat(AmountParser.parse("1e999999999"))
        .isEqualTo(
            new AmountParser.Refused(
                "An amount has at most 18 digits before the decimal point", false));
    assertThat(AmountParser.parse("1e-999999999"))
        .isEqualTo(new AmountParser.Refused("An amount has at most 12 decimals", false));
    assertThat(AmountParser.parse("1e19")).isInstanceOf(AmountParser.Refused.class);
    assertThat(AmountParser.parse("1e"))
        .isEqualTo(new AmountParser.Refused("Not a number: 1e", true));
  }

  @Test
  void fiftyDecimalsOrNineteenIntegerDigitsAreRefused() {
    assertThat(AmountParser.parse("0." + "1".repeat(50)))
        .isEqualTo(new AmountParser.Refused("An amount has at most 12 decimals", false));
    assertThat(AmountParser.parse("1" + "0".repeat(18)))
        .isEqualTo(
            new AmountParser.Refused(
                "An amount has at most 18 digits before the decimal point", false));
  }

  @Test
  void blanksSignsAloneAndLongGarbageAreRefusedWithoutEchoingAllOfIt() {
    assertThat(AmountParser.parse(" "))
        .isEqualTo(new AmountParser.Refused("Enter an amount", true));
    assertThat(AmountParser.parse("ten"))
        .isEqualTo(new AmountParser.Refused("Not a number: ten", true));
    assertThat(AmountParser.parse("-")).isInstanceOf(AmountParser.Refused.class);
    assertThat(AmountParser.parse("1.2.3")).isInstanceOf(AmountParser.Refused.class);
    AmountParser.Refused r = (AmountParser.Refused) AmountParser.parse("x".repeat(10_000));
    assertThat(r.reason()).hasSizeLessThan(100);
  }

  @Test
  void numbersAFrameworkAlreadyMadeAreCheckedForTheSameBounds() {
    assertThat(AmountParser.problem(new BigDecimal("1E+30"))).isPresent();
    assertThat(AmountParser.problem(new BigDecimal("0." + "0".repeat(20) + "1"))).isPresent();
    assertThat(AmountParser.problem(new BigDecimal("-12.34"))).isEmpty();
  }
}
