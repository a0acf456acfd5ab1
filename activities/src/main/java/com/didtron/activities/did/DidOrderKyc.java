package com.didtron.activities.did;

import com.didtron.activities.Facade;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.did.NumberType;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * What ordering asks KYC: the requirements of a number the account has not proven. Implemented by
 * the kyc feature (over its {@code KycGate}), so that did does not depend on kyc (kyc reads did's
 * countries).
 */
@Facade
public interface DidOrderKyc {
  List<DidRequirement> unmet(
      TenantId tenant, AccountId account, String countryCode, NumberType type, Instant at);
}
