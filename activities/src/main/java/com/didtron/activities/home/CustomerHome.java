package com.didtron.activities.home;

import com.didtron.domain.account.Account;
import com.didtron.domain.balance.CallStanding;
import com.didtron.domain.balance.CustomerBalance;
import com.didtron.domain.invoicing.BillingTerms;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.money.Money;
import java.time.ZoneId;

/**
 * A customer's home: its balance and what it may still spend, whether calls are allowed and why,
 * its spend today and this month (in its billing time zone) and its last invoice. Only the
 * customer's own leg: nothing of carriers, costs or margins.
 *
 * @param reserved what its calls in progress hold now (zero when none or not known)
 * @param callsInProgress its calls in progress as credit control counts them
 * @param lastInvoice the newest invoice, or null
 */
public record CustomerHome(
    Account account,
    BillingTerms terms,
    CustomerBalance balance,
    Money reserved,
    int callsInProgress,
    CallStanding standing,
    Traffic today,
    Traffic month,
    Invoice lastInvoice) {
  /** The zone "today" and "this month" are cut in. */
  public ZoneId zone() {
    return terms.zone();
  }
}
