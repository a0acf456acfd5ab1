package com.didtron.domain.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceTotalsTest {
  private static final CurrencyCode USD = CurrencyCode.of("USD");

  @Test
  void theSubtotalIsTheExactSumAndTaxIsRoundedHalfUpToCents() {
    InvoiceTotals t =
        InvoiceTotals.of(
            List.of(new BigDecimal("10.123456"), new BigDecimal("0.000044")),
            new BigDecimal("20"),
            USD);
    assertThat(t.subtotal()).isEqualByComparingTo("10.1235");
    assertThat(t.tax()).isEqualByComparingTo("2.02");
    assertThat(t.total()).isEqualByComparingTo("12.1435");
  }

  @Test
  void withoutTaxTheTotalIsTheSubtotal() {
    InvoiceTotals t = InvoiceTotals.of(List.of(new BigDecimal("5")), BigDecimal.ZERO, USD);
    assertThat(t.tax()).isZero();
    assertThat(t.total()).isEqualByComparingTo("5");
  }

  @Test
  void anInvoiceWithoutLinesTotalsZero() {
    assertThat(InvoiceTotals.of(List.of(), new BigDecimal("7.5"), USD).total()).isZero();
  }

  @Test
  void yenTaxIsRoundedToWholeYen() {
    InvoiceTotals t =
        InvoiceTotals.of(
            List.of(new BigDecimal("1005")), new BigDecimal("10"), CurrencyCode.of("JPY"));
    assertThat(t.tax()).isEqualByComparingTo("101");
  }

  @Test
  void aTaxRateOutsideZeroToHundredIsRefused() {
    assertThatThrownBy(() -> InvoiceTotals.of(List.of(), new BigDecimal("100"), USD))
        .hasMessageContaining("between 0 and 100");
  }

  @Test
  void documentNumbersAreZeroPaddedWithAPrefixPerKind() {
    assertThat(DocumentNumbers.format(DocumentNumbers.Kind.INVOICE, 42)).isEqualTo("INV-000042");
    assertThat(DocumentNumbers.format(DocumentNumbers.Kind.CREDIT_NOTE, 3)).isEqualTo("CN-000003");
    assertThatThrownBy(() -> DocumentNumbers.format(DocumentNumbers.Kind.NETTING, 0))
        .hasMessageContaining("start at 1");
  }
}
