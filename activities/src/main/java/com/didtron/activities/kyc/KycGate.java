package com.didtron.activities.kyc;

import com.didtron.activities.Facade;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.did.NumberType;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * Whether an account's verified identity and documents meet the requirements of a number. Ordering
 * asks before it reserves and again in the provisioning workflow; the answer names what is missing
 * so the customer can be told.
 */
@Facade
public interface KycGate {
  /**
   * The requirements of numbers of {@code type} in {@code countryCode} that {@code account} has not
   * proven (or whose proof is too old) at {@code at}; empty when it may have such a number.
   */
  List<DidRequirement> unmet(
      TenantId tenant, AccountId account, String countryCode, NumberType type, Instant at);
}
