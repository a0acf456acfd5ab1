package com.didtron.activities.kyc;

import com.didtron.activities.did.DidCountries;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.did.NumberType;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Until accounts can prove anything, every requirement of a number is unmet: numbers without
 * requirements can be sold, the others are refused with what is missing.
 */
@Component
class NothingProvenKycGate implements KycGate {
  private final DidCountries countries;

  NothingProvenKycGate(DidCountries countries) {
    this.countries = countries;
  }

  @Override
  public List<DidRequirement> unmet(
      TenantId tenant, AccountId account, String countryCode, NumberType type, Instant at) {
    return countries.get(Actor.system("kyc-gate", tenant), countryCode).requirementsFor(type);
  }
}
