package com.didtron.domain.switchsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.balance.CustomerBalance;
import com.didtron.domain.money.Money;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwitchCreditTest {

  @ParameterizedTest(name = "{0} with credit limit {1} -> debit_limit {2}")
  @CsvSource({
    "PREPAID, 0, 0",
    "PREPAID, 500, 0",
    "PREPAID, , 0",
    "POSTPAID, 0, 0",
    "POSTPAID, 250.50, 250.50",
    "POSTPAID, , 0"
  })
  void theDebitLimitIsZeroForPrepaidAndTheCreditLimitForPostpaid(
      BillingMode mode, String limit, String expected) {
    BigDecimal got = SwitchCredit.debitLimit(mode, limit == null ? null : new BigDecimal(limit));
    assertThat(got).isEqualByComparingTo(expected);
  }

  @Test
  void aNegativeCreditLimitIsRefusedRatherThanPushedAsAPrepaidBuffer() {
    assertThatThrownBy(() -> SwitchCredit.debitLimit(BillingMode.POSTPAID, new BigDecimal("-5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-5");
  }

  @ParameterizedTest(name = "{0} funds {1} limit {2}: switch available {3}")
  @CsvSource({
    "PREPAID, 12.34, 100, 12.34",
    "PREPAID, -1, 100, -1",
    "POSTPAID, -40, 100, 60",
    "POSTPAID, -100, 100, 0"
  })
  void theSwitchSeesTheSameAvailableFundsAsTheLedger(
      BillingMode mode, String funds, String limit, String available) {
    CustomerBalance balance =
        new CustomerBalance(
            null,
            new AccountId(UUID.randomUUID()),
            mode,
            Money.of(funds, "USD"),
            new BigDecimal(limit));
    SwitchCredit credit = SwitchCredit.of(balance);
    assertThat(credit.credit()).isEqualByComparingTo(funds);
    assertThat(credit.available()).isEqualByComparingTo(available);
    assertThat(credit.available().signum() > 0).isEqualTo(balance.canCall());
  }
}
