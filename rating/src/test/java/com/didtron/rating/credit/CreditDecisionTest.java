package com.didtron.rating.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.trunk.AccountLimits;
import com.didtron.rating.credit.CreditDecision.InUse;
import com.didtron.rating.credit.Decision.Admit;
import com.didtron.rating.credit.Decision.Refuse;
import com.didtron.rating.credit.Standing.TrunkLimits;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CreditDecisionTest {
  static final AccountId ACCOUNT = new AccountId(UUID.randomUUID());
  static final CallRate PER_SECOND = new CallRate(new BigDecimal("0.60"), BigDecimal.ZERO, 1, 1);
  static final CallRate THIRTY_SIX = new CallRate(new BigDecimal("0.60"), BigDecimal.ZERO, 30, 6);

  static Standing prepaid(String funds) {
    return standing(
        AccountStatus.ACTIVE, BillingMode.PREPAID, funds, "0", AccountLimits.none(ACCOUNT));
  }

  static Standing standing(
      AccountStatus status, BillingMode mode, String funds, String credit, AccountLimits limits) {
    return new Standing(
        status, mode, new BigDecimal(funds), new BigDecimal(credit), limits, Map.of());
  }

  static AccountLimits limits(
      Integer channels, Integer cps, String cap, String maxRate, List<String> blocked) {
    return new AccountLimits(
        ACCOUNT,
        channels,
        cps,
        cap == null ? null : new BigDecimal(cap),
        maxRate == null ? null : new BigDecimal(maxRate),
        blocked,
        null);
  }

  @Test
  void fundsForThirtySecondsAtPerSecondBillingAdmitExactlyThirtySeconds() {
    Decision d = CreditDecision.decide(prepaid("0.30"), null, "4420", PER_SECOND, InUse.nothing());
    assertThat(d).isEqualTo(new Admit(30, new BigDecimal("0.300000")));
  }

  @Test
  void theMaximumDurationIsRoundedDownToTheBillingIncrements() {
    // 0.50 buys 50 s at 0.01/s, but 30/6 billing only stops at 30, 36, 42, 48, 54 …
    Decision d = CreditDecision.decide(prepaid("0.50"), null, "4420", THIRTY_SIX, InUse.nothing());
    assertThat(d).isEqualTo(new Admit(48, new BigDecimal("0.480000")));
  }

  @Test
  void fundsBelowTheFirstIncrementAreRefusedAsInsufficient() {
    Decision d = CreditDecision.decide(prepaid("0.29"), null, "4420", THIRTY_SIX, InUse.nothing());
    assertThat(d).isEqualTo(new Refuse(Refusal.INSUFFICIENT_FUNDS));
    assertThat(CreditDecision.decide(prepaid("0"), null, "4420", PER_SECOND, InUse.nothing()))
        .isEqualTo(new Refuse(Refusal.INSUFFICIENT_FUNDS));
  }

  @Test
  void aConnectFeeIsPaidFromTheBudgetFirst() {
    CallRate withFee = new CallRate(new BigDecimal("0.60"), new BigDecimal("0.10"), 1, 1);
    assertThat(CreditDecision.decide(prepaid("0.30"), null, "44", withFee, InUse.nothing()))
        .isEqualTo(new Admit(20, new BigDecimal("0.300000")));
  }

  @Test
  void otherCallsReservationsAreNotSpentTwice() {
    InUse oneCall = new InUse(new BigDecimal("0.20"), 1, 0, 0, 0, BigDecimal.ZERO);
    assertThat(CreditDecision.decide(prepaid("0.30"), null, "44", PER_SECOND, oneCall))
        .isEqualTo(new Admit(10, new BigDecimal("0.100000")));
  }

  @Test
  void aPostpaidAccountMaySpendDownToMinusItsCreditLimit() {
    Standing owes =
        standing(
            AccountStatus.ACTIVE,
            BillingMode.POSTPAID,
            "-5.00",
            "5.30",
            AccountLimits.none(ACCOUNT));
    assertThat(CreditDecision.decide(owes, null, "44", PER_SECOND, InUse.nothing()))
        .isEqualTo(new Admit(30, new BigDecimal("0.300000")));
    Standing prepaidIgnoresCredit =
        standing(
            AccountStatus.ACTIVE,
            BillingMode.PREPAID,
            "-5.00",
            "5.30",
            AccountLimits.none(ACCOUNT));
    assertThat(CreditDecision.decide(prepaidIgnoresCredit, null, "44", PER_SECOND, InUse.nothing()))
        .isEqualTo(new Refuse(Refusal.INSUFFICIENT_FUNDS));
  }

  @Test
  void aFreeDestinationIsCappedAtTheLongestCall() {
    CallRate free = new CallRate(BigDecimal.ZERO, BigDecimal.ZERO, 60, 60);
    assertThat(CreditDecision.decide(prepaid("1"), null, "44", free, InUse.nothing()))
        .isEqualTo(new Admit(CreditDecision.MAX_CALL_SECONDS, new BigDecimal("0.000000")));
  }

  @Test
  void aSuspendedOrClosedAccountIsRefused() {
    for (AccountStatus s : List.of(AccountStatus.SUSPENDED, AccountStatus.CLOSED)) {
      Standing st = standing(s, BillingMode.PREPAID, "100", "0", AccountLimits.none(ACCOUNT));
      Decision d = CreditDecision.decide(st, null, "44", PER_SECOND, InUse.nothing());
      assertThat(d).isInstanceOf(Refuse.class);
      assertThat(((Refuse) d).reason()).isEqualTo(Refusal.SUSPENDED);
    }
  }

  @Test
  void aBlockedAccountIsRefusedWithTheBlocksReasonWhileItStaysActive() {
    Standing open =
        standing(
            AccountStatus.ACTIVE, BillingMode.PREPAID, "100", "0", AccountLimits.none(ACCOUNT));
    Standing blocked =
        new Standing(
            open.status(),
            open.billingMode(),
            open.funds(),
            open.creditLimit(),
            open.limits(),
            open.trunks(),
            "short calls 80% over 60 min");
    assertThat(CreditDecision.decide(blocked, null, "44", PER_SECOND, InUse.nothing()))
        .isEqualTo(new Refuse(Refusal.BLOCKED, "short calls 80% over 60 min"));
    assertThat(CreditDecision.decide(open, null, "44", PER_SECOND, InUse.nothing()))
        .isInstanceOf(Admit.class);
  }

  @Test
  void eachLimitRefusesWithItsOwnReason() {
    InUse none = InUse.nothing();
    assertThat(reason(limits(null, null, null, null, List.of("449")), "4491", PER_SECOND, none))
        .isEqualTo(Refusal.BLOCKED_PREFIX);
    assertThat(reason(AccountLimits.none(ACCOUNT), "4491", null, none)).isEqualTo(Refusal.NO_RATE);
    assertThat(reason(limits(null, null, null, "0.50", List.of()), "44", PER_SECOND, none))
        .isEqualTo(Refusal.RATE_ABOVE_MAX);
    InUse twoCalls = new InUse(BigDecimal.ZERO, 2, 0, 0, 0, BigDecimal.ZERO);
    assertThat(reason(limits(2, null, null, null, List.of()), "44", PER_SECOND, twoCalls))
        .isEqualTo(Refusal.CHANNEL_LIMIT);
    InUse fiveThisSecond = new InUse(BigDecimal.ZERO, 0, 0, 5, 0, BigDecimal.ZERO);
    assertThat(reason(limits(null, 5, null, null, List.of()), "44", PER_SECOND, fiveThisSecond))
        .isEqualTo(Refusal.CPS_LIMIT);
    InUse spent = new InUse(BigDecimal.ZERO, 0, 0, 0, 0, new BigDecimal("9.995"));
    assertThat(reason(limits(null, null, "10", null, List.of()), "44", PER_SECOND, spent))
        .isEqualTo(Refusal.DAILY_CAP);
    assertThat(reason(AccountLimits.none(ACCOUNT), "44", PER_SECOND, none)).isNull();
  }

  @Test
  void theDailyCapShortensACallToWhatIsLeftUnderIt() {
    InUse spent = new InUse(BigDecimal.ZERO, 0, 0, 0, 0, new BigDecimal("9.90"));
    Standing st =
        standing(
            AccountStatus.ACTIVE,
            BillingMode.PREPAID,
            "100",
            "0",
            limits(null, null, "10", null, List.of()));
    assertThat(CreditDecision.decide(st, null, "44", PER_SECOND, spent))
        .isEqualTo(new Admit(10, new BigDecimal("0.100000")));
  }

  @Test
  void theIngressTrunksChannelAndCpsLimitsApplyToItsOwnCalls() {
    Standing st =
        new Standing(
            AccountStatus.ACTIVE,
            BillingMode.PREPAID,
            new BigDecimal("100"),
            BigDecimal.ZERO,
            AccountLimits.none(ACCOUNT),
            Map.of("t1", new TrunkLimits(1, 3)));
    InUse oneOnTrunk = new InUse(BigDecimal.ZERO, 1, 1, 1, 1, BigDecimal.ZERO);
    assertThat(((Refuse) CreditDecision.decide(st, "t1", "44", PER_SECOND, oneOnTrunk)).reason())
        .isEqualTo(Refusal.TRUNK_CHANNEL_LIMIT);
    assertThat(CreditDecision.decide(st, "t2", "44", PER_SECOND, oneOnTrunk))
        .isInstanceOf(Admit.class);
    InUse threeThisSecond = new InUse(BigDecimal.ZERO, 0, 0, 3, 3, BigDecimal.ZERO);
    assertThat(
            ((Refuse) CreditDecision.decide(st, "t1", "44", PER_SECOND, threeThisSecond)).reason())
        .isEqualTo(Refusal.TRUNK_CPS_LIMIT);
  }

  private static Refusal reason(AccountLimits l, String number, CallRate rate, InUse u) {
    Standing st = standing(AccountStatus.ACTIVE, BillingMode.PREPAID, "10", "0", l);
    Decision d = CreditDecision.decide(st, null, number, rate, u);
    return d instanceof Refuse r ? r.reason() : null;
  }
}
