package com.didtron.domain.ledger;

import com.didtron.domain.money.Money;
import java.math.BigDecimal;

/**
 * A stored posting: the line as posted plus its conversion into the tenant's base currency.
 *
 * @param id the posting's number (ascending in posting order)
 * @param amount signed: positive debit, negative credit
 * @param fxRate the rate of the entry's effective date into the base currency (1 in it), or null
 *     when no rate was known when it was posted
 * @param baseAmount {@code amount × fxRate} rounded to 6 decimals, or null with no rate
 */
public record PostedLine(
    long id,
    LedgerAccountId account,
    Money amount,
    BigDecimal fxRate,
    BigDecimal baseAmount,
    String memo) {

  public boolean isDebit() {
    return !amount.isNegative();
  }
}
