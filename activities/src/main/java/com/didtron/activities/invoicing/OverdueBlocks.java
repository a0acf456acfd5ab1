package com.didtron.activities.invoicing;

import com.didtron.activities.Facade;
import com.didtron.domain.account.AccountId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether an account's calls are blocked for overdue invoices, and why: read by the switch sync
 * (Kamailio's {@code blocked::} entry) and by credit control when they rebuild an account's state.
 */
@Facade
@Component
public class OverdueBlocks {
  private final JooqInvoiceStatusRepository status;

  OverdueBlocks(JooqInvoiceStatusRepository status) {
    this.status = status;
  }

  /** "overdue invoice INV-…" while at least one overdue block is active, else empty. */
  @Transactional(readOnly = true)
  public Optional<String> reason(AccountId account) {
    List<String> invoices = status.blockedFor(account);
    return invoices.isEmpty()
        ? Optional.empty()
        : Optional.of(
            (invoices.size() == 1 ? "overdue invoice " : "overdue invoices ")
                + String.join(", ", invoices));
  }
}
