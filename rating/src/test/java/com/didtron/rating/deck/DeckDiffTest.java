package com.didtron.rating.deck;

import static com.didtron.rating.fixtures.Entries.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.rating.fixtures.Entries;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeckDiffTest {
  private static final Instant NOVEMBER = Entries.instant("2026-11-01");
  private static final List<RateEntry> ACTIVE =
      List.of(
          entry("44", "0.010", "0", "60/6", "2026-01-01", null),
          entry("45", "0.020", "0", "60/6", "2026-01-01", null),
          entry("46", "0.030", "0", "60/6", "2026-01-01", null),
          entry("47", "0.040", "0", "60/6", "2026-01-01", "2026-10-01"));
  private static final List<RateEntry> FILE =
      List.of(
          entry("44", "0.0100", "0", "60/6", "2026-11-01", null),
          entry("45", "0.025", "0", "60/6", "2026-11-08", null),
          entry("48", "0.050", "0", "60/6", "2026-11-08", null));

  private static List<String> flags(List<PrefixChange> changes) {
    return changes.stream().map(c -> c.prefix() + " " + c.flag()).toList();
  }

  @Test
  void addUpsertsTheRowsAndLeavesOtherPrefixesAlone() {
    List<PrefixChange> changes = DeckDiff.diff(ACTIVE, FILE, ImportMode.ADD, null);

    assertThat(flags(changes)).containsExactly("44 UNCHANGED", "45 INCREASE", "48 NEW");
    assertThat(changes.get(1).before()).isEqualTo(ACTIVE.get(1));
    assertThat(changes.get(1).after()).isEqualTo(FILE.get(1));
  }

  @Test
  void replaceClosesActivePrefixesMissingFromTheFileAtTheFilesEffectiveDate() {
    Instant closeAt = DeckDiff.fileEffectiveDate(FILE);
    List<PrefixChange> changes = DeckDiff.diff(ACTIVE, FILE, ImportMode.REPLACE, closeAt);

    assertThat(closeAt).isEqualTo(NOVEMBER);
    assertThat(flags(changes))
        .containsExactly("44 UNCHANGED", "45 INCREASE", "46 CLOSED", "47 CLOSED", "48 NEW");
    assertThat(changes.get(2).after().effectiveTo()).isEqualTo(NOVEMBER);
    assertThat(changes.get(3).after().effectiveTo()).isEqualTo(Entries.instant("2026-10-01"));
    assertThat(DeckDiff.counts(changes))
        .isEqualTo(
            Map.of(
                ChangeFlag.NEW,
                1L,
                ChangeFlag.INCREASE,
                1L,
                ChangeFlag.DECREASE,
                0L,
                ChangeFlag.UNCHANGED,
                1L,
                ChangeFlag.CLOSED,
                2L));
  }

  @Test
  void closingBeforeAnEntryStartsWithdrawsIt() {
    List<RateEntry> active = List.of(entry("44", "0.01", "60/6", "2026-12-01"));

    List<PrefixChange> changes = DeckDiff.diff(active, List.of(), ImportMode.REPLACE, NOVEMBER);

    assertThat(changes)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.flag()).isEqualTo(ChangeFlag.CLOSED);
              assertThat(c.after()).isNull();
            });
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
    "0.01 0 60/6, 0.02 0 60/6, INCREASE",
    "0.02 0 60/6, 0.01 0 60/6, DECREASE",
    "0.01 0 60/6, 0.010000 0 60/6, UNCHANGED",
    "0.01 0 60/6, 0.01 0.01 60/6, INCREASE",
    "0.01 0 60/6, 0.01 0 1/1, DECREASE",
    "0.01 0 60/6, 0.01 0 60/60, INCREASE",
    "0.02 0 1/1, 0.01 0.5 60/60, DECREASE",
  })
  void theRateDecidesFirstThenConnectFeeThenIncrements(String before, String after, String flag) {
    assertThat(DeckDiff.flag(parse(before), parse(after))).isEqualTo(ChangeFlag.valueOf(flag));
  }

  @Test
  void aPrefixWithoutActiveEntryIsNew() {
    assertThat(DeckDiff.flag(null, parse("0.01 0 1/1"))).isEqualTo(ChangeFlag.NEW);
  }

  @Test
  void anActiveDeckWithTwoEntriesForAPrefixIsRefused() {
    List<RateEntry> twice =
        List.of(entry("44", "0.01", "1/1", "2026-01-01"), entry("44", "0.02", "1/1", "2026-02-01"));

    assertThatThrownBy(() -> DeckDiff.diff(twice, FILE, ImportMode.ADD, null))
        .hasMessageContaining("two entries for prefix 44");
    assertThatThrownBy(() -> DeckDiff.diff(ACTIVE, FILE, ImportMode.REPLACE, null))
        .hasMessageContaining("closeAt");
  }

  private static RateEntry parse(String terms) {
    String[] t = terms.split(" ");
    return entry("44", t[0], t[1], t[2], "2026-01-01", null);
  }
}
