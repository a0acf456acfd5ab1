package com.didtron.activities.invoicing;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.invoicing.BillingCycle;
import java.math.BigDecimal;

/** How an account is invoiced: its cycle and its tax rate in percent. */
public record AccountBilling(AccountId accountId, BillingCycle cycle, BigDecimal taxRate) {}
