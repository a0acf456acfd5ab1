package com.didtron.activities.usage;

import com.didtron.activities.Facade;
import java.time.Instant;
import java.util.UUID;

/**
 * Which billing period a call belongs to: the one containing its start time in the account's
 * billing time zone (invoicing implements it from the account's billing terms). The CDR pipeline
 * splits each batch's destination shares by it, so invoices bill the calls of their period however
 * late the CDRs arrive.
 */
@Facade
public interface UsagePeriods {
  /** A resolver for one batch of a tenant (it may cache each account's terms for the batch). */
  Resolver forTenant(UUID tenant);

  /** Resolves call start times of one batch. */
  interface Resolver {
    /**
     * The first instant of the billing period of {@code account} that contains {@code callStart}.
     */
    Instant periodStart(UUID account, Instant callStart);
  }
}
