package com.didtron.activities.did;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the search decides between walking a pattern's prefix range and the trigram index. */
class DidOffersTest {
  @Test
  void theLiteralPrefixEndsAtTheFirstWildcard() {
    assertThat(DidOffers.literalPrefix("4989__7%")).isEqualTo("4989");
    assertThat(DidOffers.literalPrefix("4930%")).isEqualTo("4930");
    assertThat(DidOffers.literalPrefix("%1234%")).isEmpty();
    assertThat(DidOffers.literalPrefix("_1%")).isEmpty();
  }

  @Test
  void trigramsHelpOnlyWithARunOfThreeDigitsAfterThePrefix() {
    assertThat(DidOffers.trigramsHelp("4989__7%", "4989")).isFalse();
    assertThat(DidOffers.trigramsHelp("4930%", "4930")).isFalse();
    assertThat(DidOffers.trigramsHelp("49__12%", "49")).isFalse();
    assertThat(DidOffers.trigramsHelp("491%9999", "491")).isTrue();
    assertThat(DidOffers.trigramsHelp("4_______123%", "4")).isTrue();
  }

  @Test
  void thePrefixRangeEndsAfterEveryNumberWithThePrefix() {
    assertThat(DidOffers.prefixEnd("4989")).isEqualTo("498:");
    assertThat(DidOffers.prefixEnd("4930")).isEqualTo("4931");
    assertThat("49899999999").isGreaterThan("4989").isLessThan(DidOffers.prefixEnd("4989"));
    assertThat("4990").isGreaterThan(DidOffers.prefixEnd("4989"));
  }
}
