package com.didtron.domain.account;

import com.didtron.domain.tenant.TenantId;

/**
 * Published (as a Spring application event, inside the transaction) when something the switch
 * enforces for an account changed: its status, billing mode or credit limit, its limits, or one of
 * its trunks. Listeners act after the transaction commits (credit control reloads the account).
 */
public record AccountControlChanged(TenantId tenant, AccountId account) {}
