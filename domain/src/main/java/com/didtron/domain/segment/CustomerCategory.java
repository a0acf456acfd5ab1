package com.didtron.domain.segment;

import com.didtron.domain.account.BillingMode;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;

/**
 * A customer category of a brand: the billing mode, credit limit and currency an account of the
 * category gets when it is created and approved.
 *
 * @param code stable upper-case key (e.g. {@code SMALL_BUSINESS}), used by the approval table
 * @param currency the currency accounts of the category use; null: the tenant's base currency
 * @param selfSignup whether the public sign-up page offers it
 */
public record CustomerCategory(
    CategoryId id,
    TenantId tenantId,
    String code,
    String name,
    BillingMode billingMode,
    BigDecimal creditLimit,
    CurrencyCode currency,
    boolean selfSignup) {

  /** The currency an account of this category gets in a tenant with this base currency. */
  public CurrencyCode currencyOr(CurrencyCode tenantBase) {
    return currency == null ? tenantBase : currency;
  }
}
