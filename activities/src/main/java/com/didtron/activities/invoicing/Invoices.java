package com.didtron.activities.invoicing;

import com.didtron.activities.Facade;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.tenant.TenantId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The invoicing feature as other features see it: the only way to read the {@code invoice} table
 * from outside this package. Trusted internal calls; the caller has checked the actor.
 */
@Facade
public interface Invoices {
  /**
   * An invoice of this tenant, its row locked for the rest of the transaction (credit notes queue).
   */
  Optional<Credited> lockForCredit(TenantId tenant, UUID invoiceId);

  /** The numbers of these invoices; unknown ids are left out. */
  Map<UUID, String> numbers(Collection<UUID> invoiceIds);

  /** What a credit note needs to know of the invoice it credits. */
  record Credited(
      UUID id, AccountId account, String number, CurrencyCode currency, Money tax, Money total) {}
}
