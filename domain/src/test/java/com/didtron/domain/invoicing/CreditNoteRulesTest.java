package com.didtron.domain.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CreditNoteRulesTest {
  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void anAmountUpToWhatIsLeftOnTheInvoiceIsAccepted() {
    assertThat(CreditNoteRules.refusal(d("40"), d("120"), d("80"))).isEmpty();
  }

  @Test
  void anAmountAboveTheInvoiceTotalLessPreviousCreditNotesIsRefusedClearly() {
    assertThat(CreditNoteRules.refusal(d("40.01"), d("120"), d("80")))
        .hasValue(
            "The amount 40.01 is more than is left to credit on this invoice (40.00 of 120.00)");
  }

  @Test
  void zeroOrNegativeAmountsAreRefused() {
    assertThat(CreditNoteRules.refusal(d("0"), d("120"), d("0")))
        .hasValueSatisfying(m -> assertThat(m).contains("above zero"));
    assertThat(CreditNoteRules.refusal(d("-1"), d("120"), d("0"))).isPresent();
  }

  @Test
  void theTaxShareIsProportionalAndExactForAWholeInvoice() {
    assertThat(CreditNoteRules.taxShare(d("60"), d("20"), d("120"))).isEqualByComparingTo("10");
    assertThat(CreditNoteRules.taxShare(d("120"), d("20"), d("120"))).isEqualByComparingTo("20");
    assertThat(CreditNoteRules.taxShare(d("10"), d("0"), d("10"))).isZero();
  }
}
