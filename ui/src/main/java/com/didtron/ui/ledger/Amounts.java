package com.didtron.ui.ledger;

import com.didtron.domain.money.AmountFormat;
import com.didtron.domain.money.Money;
import java.math.BigDecimal;

/**
 * How amounts read in the portal ({@link AmountFormat}, as in PDFs and emails), and debit/credit
 * columns.
 */
public final class Amounts {
  private Amounts() {}

  public static String format(BigDecimal amount) {
    return AmountFormat.of(amount);
  }

  public static String format(Money money) {
    return AmountFormat.of(money);
  }

  /** The debit side of a signed (debit-positive) amount, or blank. */
  public static String debit(BigDecimal signed) {
    return signed != null && signed.signum() > 0 ? format(signed) : "";
  }

  /** The credit side of a signed (debit-positive) amount, or blank. */
  public static String credit(BigDecimal signed) {
    return signed != null && signed.signum() < 0 ? format(signed.negate()) : "";
  }
}
