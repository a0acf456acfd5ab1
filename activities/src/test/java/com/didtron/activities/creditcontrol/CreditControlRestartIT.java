package com.didtron.activities.creditcontrol;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.cdr.AccountTraffic;
import com.didtron.activities.cdr.CdrIngestService;
import com.didtron.activities.cdr.IngestRequest;
import com.didtron.activities.fx.FxOverrides;
import com.didtron.activities.fx.FxRates;
import com.didtron.activities.payment.TopUps;
import com.didtron.activities.ratedeck.ActiveDecks;
import com.didtron.activities.ratedeck.CardOutcome;
import com.didtron.activities.ratedeck.RateCard;
import com.didtron.activities.ratedeck.RateCardService;
import com.didtron.activities.switchsync.SwitchTarget;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.FakeSwitchRpc;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.activities.trunk.LimitsChange;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.payment.TopUpInput;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.trunk.LimitsDraft;
import com.didtron.rating.credit.Decision;
import com.didtron.rating.credit.Decision.Admit;
import com.didtron.rating.credit.Decision.Refuse;
import com.didtron.rating.credit.Refusal;
import com.didtron.rating.deck.ImportMode;
import com.didtron.testsupport.TestClock;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What credit control knows after a restart (a new instance over the same database), and sell decks
 * priced in another currency than the account's balance.
 */
class CreditControlRestartIT extends ActivitiesIT {
  @Autowired RatingFixtures rating;
  @Autowired LedgerFixtures ledgerFixtures;
  @Autowired CdrIngestService ingest;
  @Autowired Trunks trunks;
  @Autowired Standings standings;
  @Autowired ActiveDecks decks;
  @Autowired AccountTraffic traffic;
  @Autowired DeckFx deckFx;
  @Autowired SellRates sellRates;
  @Autowired SwitchTarget switchTarget;
  @Autowired TestClock clock;
  @Autowired RateCardService cards;
  @Autowired FxOverrides overrides;
  @Autowired FxRates fxRates;
  @Autowired TopUps topUps;
  @Autowired CreditControl credit;

  @AfterEach
  void realClockAgain() {
    clock.reset();
  }

  /** A new credit control over the same database: what a restarted platform starts with. */
  private CreditControl restarted() {
    return new CreditControl(
        standings, traffic, sellRates, switchTarget, clock, Duration.ofMinutes(10));
  }

  private static Decision call(CreditControl cc, Account a) {
    return cc.authorise(a.id().toString(), null, "call-" + UUID.randomUUID(), "4420123");
  }

  /** Stores and rates CDRs of the pair, one per duration, started at {@code start}. */
  private void charged(RatingFixtures.Pair p, Instant start, int... durations) {
    StringBuilder csv = new StringBuilder(RatingFixtures.CDR_HEADER);
    for (int seconds : durations) {
      csv.append(Fixtures.unique("call"))
          .append(',')
          .append(p.customer().name())
          .append(',')
          .append(p.carrier().name())
          .append(",100,442071234567,")
          .append(start)
          .append(',')
          .append(seconds)
          .append('\n');
    }
    ingest.ingest(
        admin(),
        new IngestRequest(
            Fixtures.unique("switch"), "cdrs.csv", IngestRequest.Channel.UPLOAD, null),
        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theDailySpendOfTheLast24HoursSurvivesARestartAndLeavesTheWindowADayAfterItsCharge() {
    RatingFixtures.Pair p =
        rating.pair(
            admin(), "44,UK,1.0000,0,1,1,2026-01-01,\n", "44,UK,0.5000,0,1,1,2026-01-01,\n");
    assertThat(
            trunks.setLimits(
                admin(),
                p.customer().id(),
                new LimitsDraft(null, null, new BigDecimal("5"), null, List.of())))
        .isInstanceOf(LimitsChange.Saved.class);
    Instant now = Instant.parse("2031-04-02T12:00:00Z");
    clock.set(now.minusSeconds(3600));
    charged(p, now.minusSeconds(2 * 3600), 120, 120); // 4.00 charged an hour ago
    clock.set(now);

    CreditControl first = restarted();
    first.afterSingletonsInstantiated(); // the platform's start: every customer preloaded
    assertThat(first.spentLast24h(p.customer().id()))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4.00"));
    assertThat(call(first, p.customer()))
        .as("1.00 left under the cap of 5 buys 60 s at 1.00 a minute")
        .isEqualTo(new Admit(60, new BigDecimal("1.000000")));

    charged(p, now.minusSeconds(120), 60); // one more minute charged: the cap is reached
    CreditControl second = restarted(); // loaded on its first call
    assertThat(call(second, p.customer()))
        .isEqualTo(new Refuse(Refusal.DAILY_CAP, "daily spend cap 5 reached"));

    clock.set(now.plus(Duration.ofHours(23)).plusSeconds(120));
    assertThat(call(second, p.customer()))
        .as("the 4.00 of an hour before the restart left the window 24 h after its charge")
        .isEqualTo(new Admit(240, new BigDecimal("4.000000")));
  }

  @Test
  void aCallTheSwitchKeptUpOverARestartHoldsWhatIsLeftUntilItEnds() {
    Account a = ledgerFixtures.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", null);
    rating.activate(
        admin(),
        rating.card(admin(), a, DeckSide.SELL),
        ImportMode.REPLACE,
        RatingFixtures.HEADER + "44,UK,0.60,0,1,1,2020-01-01,\n");
    topUps.manual(admin(), a.id(), new TopUpInput("0.30", "USD", "wire"));
    String running = "call-" + UUID.randomUUID();
    FakeSwitchRpc.Dialog up =
        new FakeSwitchRpc.Dialog(
            7, 9, running, "pbx", "4420123", a.id().toString(), "", "gw", 4, 1_700_000_000L);
    try (FakeSwitchRpc rpc = FakeSwitchRpc.running(up)) {
      CreditControl restarted = restarted();
      restarted.afterSingletonsInstantiated();

      assertThat(restarted.reserved(a.id()).orElseThrow())
          .as("the call still up on the switch holds the 0.30 left")
          .satisfies(r -> assertThat(r.amount()).isEqualByComparingTo("0.30"))
          .satisfies(r -> assertThat(r.callsInProgress()).isEqualTo(1));
      assertThat(call(restarted, a)).isEqualTo(new Refuse(Refusal.INSUFFICIENT_FUNDS));

      restarted.ended(running, 9L);
      assertThat(call(restarted, a))
          .as("its end releases all but its ten seconds (0.10)")
          .isEqualTo(new Admit(20, new BigDecimal("0.200000")));
    }
  }

  @Test
  void aSellDeckInAnotherCurrencyIsConvertedToTheAccountsOrRefusedWithoutARate() {
    Account a = ledgerFixtures.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", null);
    RateCard card =
        ((CardOutcome.Created) cards.create(admin(), a.id(), DeckSide.SELL, "NZD")).card();
    rating.activate(
        admin(),
        card,
        ImportMode.REPLACE,
        RatingFixtures.HEADER + "44,UK,0.60,0,1,1,2020-01-01,\n");
    topUps.manual(admin(), a.id(), new TopUpInput("0.30", "USD", "wire"));

    assertThat(call(credit, a))
        .isEqualTo(new Refuse(Refusal.NO_FX_RATE, "no exchange rate from NZD to USD"));

    assertThat(overrides.set(admin(), "NZD", "USD", fxRates.today(), "0.5", "test rate")).isEmpty();
    // the committed override reaches credit control's in-memory rates (FxRatesChanged)
    assertThat(call(credit, a))
        .as("0.60 NZD a minute is 0.30 USD: the 0.30 USD balance buys 60 s, not 30 s")
        .isEqualTo(new Admit(60, new BigDecimal("0.300000")));
  }
}
