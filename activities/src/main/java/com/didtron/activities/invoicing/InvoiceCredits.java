package com.didtron.activities.invoicing;

import com.didtron.activities.Facade;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What has been credited on invoices: a port the invoicing feature owns and the credit note feature
 * implements, so invoices show their credit without invoicing reading credit notes (or depending on
 * that package: credit notes depend on invoices, not the other way round).
 */
@Facade
public interface InvoiceCredits {
  /** The sum of the approved credit notes per invoice; invoices without any are left out. */
  Map<UUID, BigDecimal> approved(Collection<UUID> invoiceIds);
}
