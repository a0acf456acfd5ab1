package com.didtron.activities.switchpush;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A signed-up account that is not approved yet can never call: the switch is told it is blocked.
 */
class PendingAccountBlockIT extends ActivitiesIT {
  @Autowired KamailioPusher pusher;
  @Autowired AccountService accounts;

  @Test
  void aPendingAccountIsBlockedOnTheSwitchWithTheReasonAccountPending() {
    Actor admin = admin();
    var draft =
        new AccountDraft(
            Fixtures.unique("Pending"),
            AccountKind.CUSTOMER,
            "USD",
            BillingMode.PREPAID,
            BigDecimal.ZERO,
            AccountStatus.PENDING,
            null);
    Account pending = ((AccountChange.Saved) accounts.create(admin, draft)).account();

    assertThat(pusher.blockReason(Actor.system("test", pending.tenantId()), pending))
        .isEqualTo("account pending");
  }
}
