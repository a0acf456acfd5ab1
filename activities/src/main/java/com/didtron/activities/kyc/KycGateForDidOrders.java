package com.didtron.activities.kyc;

import com.didtron.activities.did.DidOrderKyc;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.did.NumberType;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Ordering's KYC question, answered by whichever {@link KycGate} the platform has. */
@Component
class KycGateForDidOrders implements DidOrderKyc {
  private final KycGate gate;

  KycGateForDidOrders(KycGate gate) {
    this.gate = gate;
  }

  @Override
  public List<DidRequirement> unmet(
      TenantId tenant, AccountId account, String countryCode, NumberType type, Instant at) {
    return gate.unmet(tenant, account, countryCode, type, at);
  }
}
