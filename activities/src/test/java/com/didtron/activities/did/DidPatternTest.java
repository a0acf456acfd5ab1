package com.didtron.activities.did;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DidPatternTest {
  @ParameterizedTest
  @CsvSource({
    "555, %555%",
    "+49 30 555, %4930555%",
    "4930*, 4930%",
    "*00, %00",
    "49?0*, 49_0%",
    "49**1, 49%1",
    "(030) 55-5.1, %030555 1%"
  })
  void aPatternBecomesALikeOfDigitsPercentAndUnderscoreOnly(String typed, String like) {
    assertThat(DidPattern.parse(typed).orElseThrow().like()).isEqualTo(like.replace(" ", ""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "*", "**"})
  void aBlankOrAllMatchingPatternFiltersNothing(String typed) {
    assertThat(DidPattern.parse(typed)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"49%", "49_1", "abc", "49';--"})
  void anythingButDigitsAndWildcardsIsRefused(String typed) {
    assertThatThrownBy(() -> DidPattern.parse(typed)).isInstanceOf(IllegalArgumentException.class);
  }

  @org.junit.jupiter.api.Test
  void anOverlongPatternIsRefused() {
    assertThatThrownBy(() -> DidPattern.parse("1".repeat(21)))
        .hasMessageContaining("longer than 20");
  }
}
