package com.didtron.domain.balance;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.money.AmountFormat;
import com.didtron.domain.money.Money;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallStandingTest {
  private static final BigDecimal LOW = new BigDecimal("10");

  private static CustomerBalance balance(BillingMode mode, String funds, String limit) {
    return new CustomerBalance(
        null,
        new AccountId(UUID.randomUUID()),
        mode,
        Money.of(funds, "USD"),
        limit == null ? null : new BigDecimal(limit));
  }

  private static String usd(String amount) {
    return AmountFormat.of(Money.of(amount, "USD"));
  }

  @Test
  void aPrepaidAccountWithFundsMayCallAndSaysHowMuchIsAvailable() {
    CallStanding s =
        CallStanding.of(
            AccountStatus.ACTIVE, null, balance(BillingMode.PREPAID, "1234.50", null), null, LOW);
    assertThat(s.allowed()).isTrue();
    assertThat(s.low()).isFalse();
    assertThat(s.reason()).isEqualTo("Calls allowed: " + usd("1234.50") + " available");
  }

  @Test
  void aNegativePrepaidBalanceStopsCallsAndNamesTheBalance() {
    CallStanding s =
        CallStanding.of(
            AccountStatus.ACTIVE, null, balance(BillingMode.PREPAID, "-52.10", null), null, LOW);
    assertThat(s.allowed()).isFalse();
    assertThat(s.reason())
        .startsWith("Calls stopped: balance " + usd("-52.10"))
        .contains("prepaid account needs funds above zero");
  }

  @Test
  void aPostpaidAccountCallsOnCreditUntilTheLimitIsUsedUp() {
    CallStanding onCredit =
        CallStanding.of(
            AccountStatus.ACTIVE, null, balance(BillingMode.POSTPAID, "-40", "100"), null, LOW);
    assertThat(onCredit.allowed()).isTrue();
    assertThat(onCredit.spendable().amount()).isEqualByComparingTo("60"); // -40 + 100

    CallStanding usedUp =
        CallStanding.of(
            AccountStatus.ACTIVE, null, balance(BillingMode.POSTPAID, "-120", "100"), null, LOW);
    assertThat(usedUp.allowed()).isFalse();
    assertThat(usedUp.reason())
        .isEqualTo(
            "Calls stopped: balance "
                + usd("-120")
                + " has used up the credit limit of "
                + usd("100")
                + " — top up or pay an invoice to call again");
  }

  @Test
  void whatCallsInProgressHoldIsNotAvailableAndCanStopNewCalls() {
    CustomerBalance b = balance(BillingMode.PREPAID, "15", null);
    CallStanding some = CallStanding.of(AccountStatus.ACTIVE, null, b, new BigDecimal("7"), LOW);
    assertThat(some.allowed()).isTrue();
    assertThat(some.low()).isTrue(); // 15 - 7 = 8 <= 10
    assertThat(some.reason())
        .isEqualTo(
            "Calls allowed: " + usd("8") + " available (calls in progress hold " + usd("7") + ")");

    CallStanding all = CallStanding.of(AccountStatus.ACTIVE, null, b, new BigDecimal("15"), LOW);
    assertThat(all.allowed()).isFalse();
    assertThat(all.reason()).startsWith("Calls stopped: calls in progress hold all of the");
  }

  @Test
  void aSuspendedOrBlockedAccountIsStoppedWhateverItsFunds() {
    CustomerBalance rich = balance(BillingMode.PREPAID, "5000", null);
    CallStanding suspended = CallStanding.of(AccountStatus.SUSPENDED, null, rich, null, LOW);
    assertThat(suspended.allowed()).isFalse();
    assertThat(suspended.reason()).startsWith("Calls stopped: the account is suspended");

    CallStanding blocked =
        CallStanding.of(AccountStatus.ACTIVE, "overdue invoice INV-7", rich, null, LOW);
    assertThat(blocked.allowed()).isFalse();
    assertThat(blocked.reason())
        .isEqualTo("Calls stopped: calls are blocked (overdue invoice INV-7)");
  }
}
