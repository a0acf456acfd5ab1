package com.didtron.activities.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.ledger.JournalEntryDraft;
import com.didtron.domain.ledger.JournalEntryId;
import com.didtron.domain.ledger.LedgerAccount;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.ledger.LedgerRuleViolation;
import com.didtron.domain.ledger.Posting;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link Ledger#postBatch}: the set-based poster keeps {@link Ledger#post}'s rules. */
class LedgerBatchIT extends ActivitiesIT {
  @Autowired Ledger ledger;
  @Autowired Fixtures fixtures;
  @Autowired LedgerFixtures money;
  @Autowired LedgerVerifier verifier;

  private JournalEntryDraft charge(Account customer, UUID source, String key, String amount) {
    LedgerAccount debit = money.customerAccount(customer);
    LedgerAccount credit = money.account(LedgerPurpose.REVENUE);
    Money m = new Money(new BigDecimal(amount), customer.currency());
    return new JournalEntryDraft(
        customer.tenantId(),
        LocalDate.now(),
        "Batch test " + key,
        SourceRef.of(SourceType.ADJUSTMENT, source),
        null,
        key,
        List.of(Posting.debit(debit.id(), m, "m"), Posting.credit(credit.id(), m, "m")));
  }

  @Test
  void aBatchPostsEveryEntryOnceReturnsTheirIdsInOrderAndKeepsTheChainWhole() {
    Account a = fixtures.account(admin(), Fixtures.unique("BatchA"));
    Account b = fixtures.account(admin(), Fixtures.unique("BatchB"));
    UUID sa = money.adjustment(a, Money.of("1", a.currency().code()));
    UUID sb = money.adjustment(b, Money.of("1", b.currency().code()));
    String k = UUID.randomUUID().toString();
    List<JournalEntryDraft> drafts =
        List.of(charge(a, sa, k + "-1", "1.25"), charge(b, sb, k + "-2", "2.50"));
    Actor actor = Actor.system("batch-test", a.tenantId());

    List<JournalEntryId> first = ledger.postBatch(drafts, actor);
    List<JournalEntryId> again = ledger.postBatch(drafts, actor);

    assertThat(first).hasSize(2).doesNotHaveDuplicates();
    assertThat(again).isEqualTo(first);
    assertThat(ledger.entry(a.tenantId(), first.get(0)).orElseThrow().idempotencyKey())
        .isEqualTo(k + "-1");
    assertThat(ledger.balance(money.customerAccount(a).id(), a.currency()).amount())
        .isEqualByComparingTo("1.25");
    assertThat(ledger.balance(money.customerAccount(b).id(), b.currency()).amount())
        .isEqualByComparingTo("2.50");
    assertThat(verifier.verify().violations())
        .extracting(v -> v.rule())
        .doesNotContain("hash-chain", "balance-equals-postings");
  }

  @Test
  void aKeyTwiceInOneBatchIsPostedOnce() {
    Account a = fixtures.account(admin(), Fixtures.unique("BatchD"));
    UUID source = money.adjustment(a, Money.of("1", a.currency().code()));
    String key = UUID.randomUUID().toString();
    JournalEntryDraft d = charge(a, source, key, "3.00");

    List<JournalEntryId> ids =
        ledger.postBatch(List.of(d, d), Actor.system("batch-test", a.tenantId()));

    assertThat(ids.get(1)).isEqualTo(ids.get(0));
    assertThat(ledger.balance(money.customerAccount(a).id(), a.currency()).amount())
        .isEqualByComparingTo("3.00");
  }

  @Test
  void aKeyReusedForOtherPostingsIsRefused() {
    Account a = fixtures.account(admin(), Fixtures.unique("BatchC"));
    UUID source = money.adjustment(a, Money.of("1", a.currency().code()));
    String key = UUID.randomUUID().toString();
    Actor actor = Actor.system("batch-test", a.tenantId());
    ledger.postBatch(List.of(charge(a, source, key, "1.00")), actor);

    assertThatThrownBy(() -> ledger.postBatch(List.of(charge(a, source, key, "9.00")), actor))
        .isInstanceOf(LedgerRuleViolation.class)
        .hasMessageContaining(key);
  }
}
