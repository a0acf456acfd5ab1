package com.didtron.activities.switchpush;

import com.didtron.activities.invoicing.OverdueBlocks;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.trunk.CallBlock;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Why a switch must refuse an account's new calls, the same for every target: its status, else a
 * call block (fraud detector or staff), else an overdue invoice.
 */
@Component
class AccountBlocks {
  private final Trunks trunks;
  private final OverdueBlocks overdue;

  AccountBlocks(Trunks trunks, OverdueBlocks overdue) {
    this.trunks = trunks;
    this.overdue = overdue;
  }

  /** The reason (sent in a header by Kamailio), or null when the account may call. */
  String reason(Actor system, Account account) {
    String status = statusReason(account);
    if (status != null) {
      return status;
    }
    return trunks
        .callBlock(system, account.id())
        .map(CallBlock::reason)
        .or(() -> overdue.reason(account.id()))
        .orElse(null);
  }

  static String statusReason(Account account) {
    if (account.isDeleted()) {
      return "account deleted";
    }
    return account.status() == AccountStatus.ACTIVE
        ? null
        : "account " + account.status().name().toLowerCase(Locale.ROOT);
  }
}
