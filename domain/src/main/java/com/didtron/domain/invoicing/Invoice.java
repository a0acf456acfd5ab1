package com.didtron.domain.invoicing;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An issued invoice. Its amounts never change after issue (a credit note corrects it); its status
 * follows payments, credit notes and the due date.
 *
 * <p>Amounts are {@link Money} in the invoice currency; {@code taxRate} is a percentage.
 *
 * @param billingMode POSTPAID: the total is due; PREPAID: a statement of what was taken from funds
 * @param credited the sum of approved credit notes against it
 * @param issueDate the day it was issued in the account's billing time zone
 * @param dueDate the day payment is due (issue date plus the account's due days)
 * @param paid the payments allocated to it
 */
public record Invoice(
    UUID id,
    TenantId tenantId,
    AccountId accountId,
    String accountName,
    String number,
    BillingPeriod period,
    Instant closedAt,
    BillingMode billingMode,
    CurrencyCode currency,
    Money subtotal,
    BigDecimal taxRate,
    Money tax,
    Money total,
    Money credited,
    Instant issuedAt,
    String workflowId,
    boolean hasPdf,
    Instant emailedAt,
    InvoiceStatus status,
    LocalDate issueDate,
    LocalDate dueDate,
    Money paid) {

  /**
   * What is still owed: total less approved credit notes and allocated payments (never below 0).
   */
  public Money outstanding() {
    Money left = total.minus(credited).minus(paid);
    return left.isNegative() ? Money.zero(currency) : left;
  }
}
