package com.didtron.activities.testing;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.siptest.SipTargetService;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.siptest.SipTargetDraft;
import com.didtron.sip.sipp.SippPeer;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** Carriers whose SIP target is a SIPp peer, built through the real services. */
@Component
public class SipFixtures {
  private final AccountService accounts;
  private final SipTargetService targets;

  SipFixtures(AccountService accounts, SipTargetService targets) {
    this.accounts = accounts;
    this.targets = targets;
  }

  /**
   * A carrier account named {@code name} (made unique) taking test calls at {@code peer}, not
   * monitored.
   */
  public Account carrier(Actor admin, String name, SippPeer peer, String probeNumber) {
    return carrier(admin, name, peer.port(), probeNumber, false);
  }

  /**
   * A carrier taking test calls on 127.0.0.1:{@code port}; monitoring probes it when {@code
   * monitored}.
   */
  public Account carrier(
      Actor admin, String name, int port, String probeNumber, boolean monitored) {
    AccountChange change =
        accounts.create(
            admin,
            new AccountDraft(
                Fixtures.unique(name),
                AccountKind.CARRIER,
                "USD",
                BillingMode.PREPAID,
                BigDecimal.ZERO,
                AccountStatus.ACTIVE,
                null));
    Account carrier = ((AccountChange.Saved) change).account();
    var problems =
        targets.save(
            admin,
            carrier.id().value(),
            new SipTargetDraft("127.0.0.1", port, null, null, probeNumber, monitored));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("target not saved: " + problems);
    }
    return carrier;
  }
}
