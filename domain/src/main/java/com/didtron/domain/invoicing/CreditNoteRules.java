package com.didtron.domain.invoicing;

import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.money.AmountParser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What a credit note may credit: a positive amount no larger than the invoice's total less the
 * credit notes already issued or pending against it. The tax share of a credit note is the
 * invoice's tax share of the amount, so crediting a whole invoice returns exactly its tax.
 */
public final class CreditNoteRules {
  private CreditNoteRules() {}

  /** Why {@code amount} cannot be credited, or empty when it can. */
  public static Optional<String> refusal(
      BigDecimal amount, BigDecimal invoiceTotal, BigDecimal alreadyCredited) {
    if (amount == null || amount.signum() <= 0) {
      return Optional.of("A credit note needs an amount above zero");
    }
    Optional<String> bounds = AmountParser.problem(amount);
    if (bounds.isPresent()) {
      return bounds;
    }
    if (amount.scale() > 6) {
      return Optional.of("An amount has at most 6 decimals");
    }
    BigDecimal left = invoiceTotal.subtract(alreadyCredited);
    if (amount.compareTo(left) > 0) {
      return Optional.of(
          "The amount "
              + plain(amount)
              + " is more than is left to credit on this invoice ("
              + plain(left)
              + " of "
              + plain(invoiceTotal)
              + ")");
    }
    return Optional.empty();
  }

  /** The tax included in {@code amount}: amount × tax ÷ total, half up to 6 decimals. */
  public static BigDecimal taxShare(
      BigDecimal amount, BigDecimal invoiceTax, BigDecimal invoiceTotal) {
    if (invoiceTax.signum() == 0 || invoiceTotal.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (amount.compareTo(invoiceTotal) == 0) {
      return invoiceTax;
    }
    return amount.multiply(invoiceTax).divide(invoiceTotal, 6, RoundingMode.HALF_UP);
  }

  /**
   * Four eyes: whoever asked for a credit note cannot approve it.
   *
   * @throws com.didtron.domain.access.AccessDenied when the approver is the requester
   */
  public static void requireOtherApprover(String requestedBy, String approver) {
    if (requestedBy != null && requestedBy.equalsIgnoreCase(approver)) {
      throw new AccessDenied("You asked for this credit note, so someone else must approve it");
    }
  }

  private static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 2 ? s.setScale(2) : s).toPlainString();
  }
}
