package com.didtron.activities.invoicing;

import com.didtron.activities.Facade;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * The invoices issued to an account, as statements read them. Trusted internal calls; the caller
 * has checked the actor.
 */
@Facade
public interface IssuedInvoices {
  /** An issued invoice: when, its number, the billing period it bills and its total. */
  record Issued(Instant issuedAt, String number, String periodKey, Money total) {}

  /** The invoices of the account in the currency issued in [from, to), by issue time. */
  List<Issued> issued(AccountId account, CurrencyCode currency, Instant from, Instant to);

  /** The sum of the totals of the invoices of the account in the currency issued in [from, to). */
  Money issuedTotal(AccountId account, CurrencyCode currency, Instant from, Instant to);
}
