package com.didtron.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.domain.money.Money;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JournalEntryDraftTest {
  private static final TenantId TENANT = new TenantId(UUID.randomUUID());
  private static final LedgerAccountId A = new LedgerAccountId(UUID.randomUUID());
  private static final LedgerAccountId B = new LedgerAccountId(UUID.randomUUID());

  private static JournalEntryDraft draft(List<Posting> postings) {
    return new JournalEntryDraft(
        TENANT,
        LocalDate.of(2026, 1, 1),
        "test",
        SourceRef.of(SourceType.ADJUSTMENT, "x"),
        null,
        "key",
        postings);
  }

  @Test
  void debitsAndCreditsThatSumToZeroPerCurrencyMakeAnEntry() {
    JournalEntryDraft d =
        draft(
            List.of(
                Posting.debit(A, Money.of("10", "USD"), null),
                    Posting.credit(B, Money.of("10", "USD"), null),
                Posting.debit(A, Money.of("3", "EUR"), null),
                    Posting.credit(B, Money.of("3", "EUR"), null)));
    assertThat(JournalEntryDraft.totals(d.postings()).values()).allMatch(t -> t.signum() == 0);
  }

  @Test
  void anEntryThatDoesNotBalanceInOneCurrencyIsRefusedNamingIt() {
    assertThatThrownBy(
            () ->
                draft(
                    List.of(
                        Posting.debit(A, Money.of("10", "USD"), null),
                            Posting.credit(B, Money.of("10", "USD"), null),
                        Posting.debit(A, Money.of("3", "EUR"), null),
                            Posting.credit(B, Money.of("2.99", "EUR"), null))))
        .isInstanceOf(LedgerRuleViolation.class)
        .hasMessageContaining("EUR sum to 0.01");
  }

  @Test
  void amountsInDifferentCurrenciesNeverOffsetEachOther() {
    assertThatThrownBy(
            () ->
                draft(
                    List.of(
                        Posting.debit(A, Money.of("10", "USD"), null),
                        Posting.credit(B, Money.of("10", "EUR"), null))))
        .isInstanceOf(LedgerRuleViolation.class);
  }

  @Test
  void anEntryNeedsAtLeastTwoPostings() {
    assertThatThrownBy(() -> draft(List.of(Posting.debit(A, Money.of("1", "USD"), null))))
        .hasMessageContaining("at least two");
  }

  @Test
  void debitAndCreditTakePositiveAmountsAndSignThem() {
    assertThat(Posting.credit(A, Money.of("5", "USD"), null).amount().amount())
        .isEqualByComparingTo(new BigDecimal("-5"));
    assertThatThrownBy(() -> Posting.debit(A, Money.of("-5", "USD"), null))
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> new Posting(A, Money.of("0", "USD"), null))
        .hasMessageContaining("zero");
  }

  @Test
  void theTrialBalanceSplitsDebitsFromCreditsAndTotalsPerCurrency() {
    LedgerAccount a =
        new LedgerAccount(
            A,
            TENANT,
            "1200",
            "Clearing",
            LedgerAccountType.ASSET,
            LedgerPurpose.PAYMENT_CLEARING,
            null,
            null,
            true);
    TrialBalance tb =
        new TrialBalance(
            List.of(
                new TrialBalance.Line(a, Money.of("1", "USD").currency(), new BigDecimal("10")),
                new TrialBalance.Line(a, Money.of("1", "USD").currency(), new BigDecimal("-10"))));
    assertThat(tb.lines().get(0).debit()).isEqualByComparingTo("10");
    assertThat(tb.lines().get(1).credit()).isEqualByComparingTo("10");
    assertThat(tb.isBalanced()).isTrue();
  }
}
