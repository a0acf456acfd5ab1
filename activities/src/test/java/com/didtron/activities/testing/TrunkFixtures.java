package com.didtron.activities.testing;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.trunk.TrunkChange;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.trunk.RoutingTier;
import com.didtron.domain.trunk.Transport;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.trunk.TrunkDirection;
import com.didtron.domain.trunk.TrunkDraft;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Accounts of each kind and trunks for them, for the trunk tests. */
@Component
public class TrunkFixtures {
  private final AccountService accounts;
  private final Trunks trunks;

  public TrunkFixtures(AccountService accounts, Trunks trunks) {
    this.accounts = accounts;
    this.trunks = trunks;
  }

  public Account account(Actor admin, String name, AccountKind kind) {
    AccountChange change =
        accounts.create(
            admin,
            new AccountDraft(
                Fixtures.unique(name),
                kind,
                "USD",
                BillingMode.POSTPAID,
                new BigDecimal("100"),
                AccountStatus.ACTIVE,
                null));
    return ((AccountChange.Saved) change).account();
  }

  public static TrunkDraft ingress(String name, String address, String username, String password) {
    return new TrunkDraft(
        name,
        TrunkDirection.INGRESS,
        address,
        Transport.UDP,
        "77#",
        0,
        "",
        30,
        5,
        List.of("PCMA", "G729"),
        RoutingTier.PREMIUM,
        username,
        password,
        null);
  }

  public static TrunkDraft egress(String name, String address) {
    return new TrunkDraft(
        name,
        TrunkDirection.EGRESS,
        address,
        Transport.TCP,
        "",
        1,
        "00",
        null,
        10,
        List.of(),
        null,
        null,
        null,
        null);
  }

  public Trunk create(Actor admin, Account account, TrunkDraft draft) {
    TrunkChange change = trunks.create(admin, account.id(), draft);
    if (!(change instanceof TrunkChange.Saved saved)) {
      throw new IllegalStateException("trunk not created: " + change);
    }
    return saved.trunk();
  }

  /** A fresh /24 in 10.x.y.0 that no other test uses, as "10.x.y.0/24". */
  public static String uniqueBlock() {
    int n = BLOCKS.getAndIncrement();
    return "10." + (100 + n / 256) + "." + (n % 256) + ".0/24";
  }

  private static final AtomicInteger BLOCKS = new AtomicInteger((int) (System.nanoTime() % 20000));
}
