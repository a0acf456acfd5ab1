package com.didtron.domain.invoicing;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * A credit note against an invoice: PENDING until finance decides, then APPROVED (numbered, posted,
 * printed) or REJECTED.
 *
 * @param amount gross, tax included
 * @param tax the tax share of the amount
 * @param number null until approved
 */
public record CreditNote(
    UUID id,
    TenantId tenantId,
    UUID invoiceId,
    String invoiceNumber,
    AccountId accountId,
    String accountName,
    String number,
    CurrencyCode currency,
    Money amount,
    Money tax,
    String reason,
    CreditNoteStatus status,
    String createdBy,
    Instant createdAt,
    int reminders,
    Instant escalatedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionNote,
    String workflowId,
    boolean hasPdf) {

  /** The amount without its tax share. */
  public Money net() {
    return amount.minus(tax);
  }

  public boolean isPending() {
    return status.isPending();
  }
}
