package com.didtron.domain.invoicing;

/** How often an account is invoiced. Each cycle cuts time into {@link BillingPeriod}s (UTC dates). */
public enum BillingCycle {
  DAILY,
  /** ISO weeks, Monday to Sunday. */
  WEEKLY,
  /** Calendar months. */
  MONTHLY
}
