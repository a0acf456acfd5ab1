package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;
import com.didtron.domain.account.AccountId;
import java.util.Optional;

/**
 * The DIDTron accounts behind a hosted switch's ids (the ids the switch answered when DIDTron
 * pushed the customer or carrier): how a pulled CDR, which names the switch's ids, is mapped back.
 * Implemented by the switch sync, which keeps them; without an implementation no hosted switch's
 * CDRs are pulled.
 */
@Facade
public interface HostedSwitchIds {
  /** The account pushed to {@code switchName} that got {@code switchId}, if any. */
  Optional<AccountId> account(String switchName, String switchId);
}
