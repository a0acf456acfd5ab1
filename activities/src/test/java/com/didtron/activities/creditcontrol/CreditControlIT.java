package com.didtron.activities.creditcontrol;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.account.Accounts;
import com.didtron.activities.cdr.AccountTraffic;
import com.didtron.activities.invoicing.OverdueBlocks;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.payment.PaymentChange;
import com.didtron.activities.payment.TopUps;
import com.didtron.activities.ratedeck.ActiveDecks;
import com.didtron.activities.switchsync.SwitchTarget;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.payment.TopUpInput;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.trunk.LimitsDraft;
import com.didtron.rating.credit.Decision;
import com.didtron.rating.credit.Decision.Admit;
import com.didtron.rating.credit.Decision.Refuse;
import com.didtron.rating.credit.Refusal;
import com.didtron.rating.credit.Standing;
import com.didtron.rating.deck.ImportMode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Credit control fed by the real ledger, accounts and limits: every change is committed by its own
 * feature and reaches the next authorisation through the after-commit events alone.
 */
class CreditControlIT extends ActivitiesIT {
  /** 0.60 per minute, billed per second: 0.30 buys exactly 30 seconds. */
  static final String DECK = RatingFixtures.HEADER + "44,UK,0.60,0,1,1,2020-01-01,\n";

  @Autowired CreditControl credit;
  @Autowired LedgerFixtures ledgerFixtures;
  @Autowired RatingFixtures rating;
  @Autowired Fixtures fixtures;
  @Autowired TopUps topUps;
  @Autowired Trunks trunks;
  @Autowired AccountService accountService;
  @Autowired Accounts accounts;
  @Autowired Ledger ledger;
  @Autowired ActiveDecks decks;
  @Autowired PlatformTransactionManager tx;
  @Autowired OverdueBlocks overdue;
  @Autowired Clock clock;
  @Autowired AccountTraffic traffic;
  @Autowired DeckFx deckFx;
  @Autowired SellRates sellRates;
  @Autowired SwitchTarget switchTarget;

  Account withDeck(Account a) {
    rating.activate(admin(), rating.card(admin(), a, DeckSide.SELL), ImportMode.REPLACE, DECK);
    return a;
  }

  Account prepaid() {
    return withDeck(
        ledgerFixtures.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", null));
  }

  Decision call(Account a) {
    return credit.authorise(a.id().toString(), null, "call-" + UUID.randomUUID(), "4420123");
  }

  @Test
  void aTopUpPostedToTheLedgerMakesTheNextAuthorisationAdmit() {
    Account a = prepaid();
    assertThat(call(a)).isEqualTo(new Refuse(Refusal.INSUFFICIENT_FUNDS));

    PaymentChange paid =
        topUps.manual(admin(), a.id(), new TopUpInput("0.30", "USD", "bank transfer"));
    assertThat(paid).isInstanceOf(PaymentChange.Done.class);

    assertThat(call(a)).isEqualTo(new Admit(30, new BigDecimal("0.300000")));
    assertThat(call(a))
        .as("the first call reserved all of it")
        .isEqualTo(new Refuse(Refusal.INSUFFICIENT_FUNDS));
  }

  @Test
  void aSuspendedAccountIsRefusedUntilItIsResumed() {
    Account a = withDeck(fixtures.account(admin(), Fixtures.unique("cc-suspend")));
    String first = "call-" + UUID.randomUUID();
    assertThat(credit.authorise(a.id().toString(), null, first, "4420")).isInstanceOf(Admit.class);
    credit.ended(first, 0L);

    trunks.suspend(admin(), a.id(), "fraud check");
    Decision refused = call(a);
    assertThat(refused).isInstanceOf(Refuse.class);
    assertThat(((Refuse) refused).reason()).isEqualTo(Refusal.SUSPENDED);

    trunks.resume(admin(), a.id(), "cleared");
    assertThat(call(a)).isInstanceOf(Admit.class);
  }

  @Test
  void aCallBlockRefusesTheNextCallWithItsReasonUntilItIsLifted() {
    Account a = withDeck(fixtures.account(admin(), Fixtures.unique("cc-block")));
    String first = "call-" + UUID.randomUUID();
    assertThat(credit.authorise(a.id().toString(), null, first, "4420")).isInstanceOf(Admit.class);
    credit.ended(first, 0L);

    trunks.blockCalls(admin(), a.id(), "short calls 80% over 60 min");
    assertThat(call(a)).isEqualTo(new Refuse(Refusal.BLOCKED, "short calls 80% over 60 min"));

    trunks.unblockCalls(admin(), a.id(), "checked with the customer");
    assertThat(call(a)).isInstanceOf(Admit.class);
  }

  @Test
  void aCreditLimitOrLimitsChangeAppliesToTheNextCall() {
    Account a = withDeck(fixtures.account(admin(), Fixtures.unique("cc-credit")));
    assertThat(call(a)).isEqualTo(new Admit(10_000, new BigDecimal("100.000000")));

    Account current = accounts.find(a.id()).orElseThrow();
    AccountDraft d = current.toDraft();
    AccountChange lowered =
        accountService.update(
            admin(),
            a.id(),
            current.version(),
            new AccountDraft(
                d.name(),
                d.kind(),
                d.currency(),
                BillingMode.POSTPAID,
                new BigDecimal("100.30"),
                d.status(),
                d.email()));
    assertThat(lowered).isInstanceOf(AccountChange.Saved.class);
    assertThat(call(a))
        .as("100 USD are reserved by the first call; 0.30 more credit buys 30 s")
        .isEqualTo(new Admit(30, new BigDecimal("0.300000")));

    trunks.setLimits(
        admin(), a.id(), new LimitsDraft(null, null, null, new BigDecimal("0.50"), List.of()));
    Decision refused = call(a);
    assertThat(((Refuse) refused).reason()).isEqualTo(Refusal.RATE_ABOVE_MAX);
  }

  @Test
  void anEndedCallHoldsItsCostUntilItsChargeIsPostedThenTheBalanceCarriesIt() {
    Account a = prepaid();
    topUps.manual(admin(), a.id(), new TopUpInput("1.00", "USD", "wire"));
    String callId = "call-" + UUID.randomUUID();
    assertThat(credit.authorise(a.id().toString(), null, callId, "4420"))
        .isEqualTo(new Admit(100, new BigDecimal("1.000000")));

    credit.ended(callId, 9L);
    assertThat(credit.reserved(a.id()).orElseThrow().amount())
        .as("ten seconds (the switch's count plus one) at 0.01/s")
        .isEqualByComparingTo("0.10");
    assertThat(credit.reserved(a.id()).orElseThrow().callsInProgress()).isZero();

    credit.charged("kamailio", List.of(callId, "not-a-call-of-ours"));
    CreditControl.Reserved after = credit.reserved(a.id()).orElseThrow();
    assertThat(after.amount()).isEqualByComparingTo("0");
    assertThat(after.standing().funds())
        .as("the balance reread with the charge (none posted here)")
        .isEqualByComparingTo("1.00");
  }

  @Test
  void authorisingCallsOfALoadedAccountReadsNothingFromTheDatabase() {
    Account a = withDeck(fixtures.account(admin(), Fixtures.unique("cc-memory")));
    AtomicInteger loads = new AtomicInteger();
    Standings counting =
        new Standings(accounts, ledger, trunks, overdue, tx) {
          @Override
          Optional<Standing> load(AccountId id) {
            loads.incrementAndGet();
            return super.load(id);
          }
        };
    CreditControl fresh =
        new CreditControl(
            counting, traffic, sellRates, switchTarget, clock, Duration.ofMinutes(10));
    for (int i = 0; i < 1_000; i++) {
      fresh.authorise(a.id().toString(), null, "call-" + i, "4420" + i);
    }
    assertThat(loads.get()).as("one read when the account first calls, none per call").isEqualTo(1);
  }
}
