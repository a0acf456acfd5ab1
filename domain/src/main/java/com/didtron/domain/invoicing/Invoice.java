package com.didtron.domain.invoicing;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An issued invoice. Never changed after issue (a credit note corrects it).
 *
 * @param billingMode POSTPAID: the total is due; PREPAID: a statement of what was taken from funds
 * @param credited the sum of approved credit notes against it
 */
public record Invoice(UUID id, TenantId tenantId, AccountId accountId, String accountName,
    String number, BillingPeriod period, Instant closedAt, BillingMode billingMode,
    CurrencyCode currency, BigDecimal subtotal, BigDecimal taxRate, BigDecimal tax, BigDecimal total,
    BigDecimal credited, Instant issuedAt, String workflowId, boolean hasPdf, Instant emailedAt) {}
