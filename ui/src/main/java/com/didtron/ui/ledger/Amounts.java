package com.didtron.ui.ledger;

import com.didtron.domain.money.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How amounts read in the portal: grouped thousands, at least two decimals, never rounded away. */
public final class Amounts {
  private Amounts() {}

  public static String format(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    BigDecimal v = amount.stripTrailingZeros();
    int decimals = Math.max(2, v.scale());
    DecimalFormat f = new DecimalFormat("#,##0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.US));
    f.setParseBigDecimal(true);
    return f.format(v);
  }

  public static String format(Money money) {
    return format(money.amount()) + " " + money.currency();
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
