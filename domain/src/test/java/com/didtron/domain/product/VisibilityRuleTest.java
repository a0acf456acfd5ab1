package com.didtron.domain.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VisibilityRuleTest {
  private static final UUID ACCOUNT = UUID.randomUUID();
  private static final UUID CATEGORY = UUID.randomUUID();
  private static final UUID GROUP = UUID.randomUUID();

  @Test
  void aProductWithoutRulesIsVisibleToEveryone() {
    assertThat(VisibilityRule.visible(List.of(), ACCOUNT, null, null)).isTrue();
  }

  @Test
  void aRuleForAllShowsItToAnAccountWithoutCategory() {
    var rules = List.of(new VisibilityRule(Product.DIDS, VisibilityScope.ALL, null));
    assertThat(VisibilityRule.visible(rules, ACCOUNT, null, null)).isTrue();
  }

  @Test
  void aCategoryRuleShowsItOnlyToThatCategory() {
    var rules = List.of(new VisibilityRule(Product.SIP_TESTER, VisibilityScope.CATEGORY, CATEGORY));
    assertThat(VisibilityRule.visible(rules, ACCOUNT, CATEGORY, null)).isTrue();
    assertThat(VisibilityRule.visible(rules, ACCOUNT, UUID.randomUUID(), GROUP)).isFalse();
    assertThat(VisibilityRule.visible(rules, ACCOUNT, null, null)).isFalse();
  }

  @Test
  void aGroupRuleShowsItOnlyToThatGroup() {
    var rules = List.of(new VisibilityRule(Product.SIP_TESTER, VisibilityScope.GROUP, GROUP));
    assertThat(VisibilityRule.visible(rules, ACCOUNT, CATEGORY, GROUP)).isTrue();
    assertThat(VisibilityRule.visible(rules, ACCOUNT, CATEGORY, null)).isFalse();
  }

  @Test
  void anAccountRuleShowsItToThatNamedCustomerOnly() {
    var rules = List.of(new VisibilityRule(Product.VOICE, VisibilityScope.ACCOUNT, ACCOUNT));
    assertThat(VisibilityRule.visible(rules, ACCOUNT, null, null)).isTrue();
    assertThat(VisibilityRule.visible(rules, UUID.randomUUID(), CATEGORY, GROUP)).isFalse();
  }

  @Test
  void aRuleForAllNamesNoTargetAndANarrowRuleNamesOne() {
    assertThatThrownBy(() -> new VisibilityRule(Product.VOICE, VisibilityScope.ALL, ACCOUNT))
        .hasMessageContaining("names no target");
    assertThatThrownBy(() -> new VisibilityRule(Product.VOICE, VisibilityScope.GROUP, null))
        .hasMessageContaining("names its id");
  }
}
