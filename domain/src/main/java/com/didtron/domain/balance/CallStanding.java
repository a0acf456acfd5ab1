package com.didtron.domain.balance;

import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.money.AmountFormat;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Whether a customer's new calls are allowed right now, and why, in words the customer reads on its
 * home page. The same order of reasons as credit control decides a call: the account's status, a
 * call block (the fraud detector, staff, an overdue invoice), then the money left: funds, plus the
 * credit limit when postpaid, less what calls in progress hold.
 *
 * @param allowed whether a new call would get past the account checks (a destination may still be
 *     refused for its own reasons: no rate, a blocked prefix, a limit)
 * @param reason one sentence starting "Calls allowed" or "Calls stopped"
 * @param spendable what may still be spent: funds + credit limit (postpaid) − reserved
 * @param low whether calls are allowed but the spendable amount is at or below the low threshold
 */
public record CallStanding(boolean allowed, String reason, Money spendable, boolean low) {

  /**
   * The standing of an account.
   *
   * @param status the account's status (a deleted account reads CLOSED)
   * @param blocked why new calls are blocked while the account stays active, or null
   * @param balance its balance in its own currency
   * @param reserved what its calls in progress hold (null: nothing known)
   * @param lowThreshold at or below this spendable amount the account is low on funds
   */
  public static CallStanding of(
      AccountStatus status,
      String blocked,
      CustomerBalance balance,
      BigDecimal reserved,
      BigDecimal lowThreshold) {
    Money held = new Money(reserved == null ? BigDecimal.ZERO : reserved, currency(balance));
    Money spendable = balance.available().minus(held);
    if (status != AccountStatus.ACTIVE) {
      return stopped(
          "the account is " + status.name().toLowerCase(Locale.ROOT) + " — please contact us",
          spendable);
    }
    if (blocked != null && !blocked.isBlank()) {
      return stopped("calls are blocked (" + blocked.strip() + ")", spendable);
    }
    if (spendable.amount().signum() <= 0) {
      return stopped(moneyReason(balance, held), spendable);
    }
    boolean low = lowThreshold != null && spendable.amount().compareTo(lowThreshold) <= 0;
    String reserve =
        held.amount().signum() > 0 ? " (calls in progress hold " + AmountFormat.of(held) + ")" : "";
    return new CallStanding(
        true,
        "Calls allowed: " + AmountFormat.of(spendable) + " available" + reserve,
        spendable,
        low);
  }

  private static String moneyReason(CustomerBalance b, Money held) {
    String funds = "balance " + AmountFormat.of(b.funds());
    if (b.available().amount().signum() > 0) {
      return "calls in progress hold all of the "
          + AmountFormat.of(b.available())
          + " available ("
          + funds
          + ")";
    }
    if (b.billingMode() == BillingMode.PREPAID) {
      return funds + ": a prepaid account needs funds above zero — top up to call again";
    }
    return funds
        + " has used up the credit limit of "
        + AmountFormat.of(new Money(b.creditLimit(), currency(b)))
        + " — top up or pay an invoice to call again";
  }

  private static CallStanding stopped(String why, Money spendable) {
    return new CallStanding(false, "Calls stopped: " + why, spendable, false);
  }

  private static CurrencyCode currency(CustomerBalance b) {
    return b.funds().currency();
  }
}
