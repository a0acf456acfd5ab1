package com.didtron.rating.deck;

import static com.didtron.rating.fixtures.Entries.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.rating.fixtures.Entries;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeckMergeTest {
  private static final Instant NOW = Entries.instant("2026-10-15");
  private static final Instant NOVEMBER = Entries.instant("2026-11-01");
  private static final List<RateEntry> PREVIOUS =
      List.of(
          entry("44", "0.010", "0", "60/6", "2026-01-01", null),
          entry("45", "0.020", "0", "60/6", "2026-01-01", null),
          entry("45", "0.022", "0", "60/6", "2026-12-01", null),
          entry("46", "0.030", "0", "60/6", "2026-01-01", null),
          entry("47", "0.040", "0", "60/6", "2026-01-01", "2026-10-01"));

  private static List<String> shape(DeckMerge.Result r) {
    return r.entries().stream()
        .map(
            v ->
                v.entry().prefix()
                    + " "
                    + v.entry().effectiveFrom().toString().substring(0, 10)
                    + " "
                    + v.flag()
                    + " to="
                    + v.entry().effectiveTo())
        .toList();
  }

  @Test
  void addUpsertsByPrefixAndDateAndKeepsEverythingElse() {
    List<RateEntry> file =
        List.of(
            entry("44", "0.012", "0", "60/6", "2026-11-01", null),
            entry("45", "0.021", "0", "60/6", "2026-12-01", null),
            entry("48", "0.050", "0", "60/6", "2026-11-01", null));

    DeckMerge.Result r = DeckMerge.merge(PREVIOUS, file, ImportMode.ADD, null, NOW);

    assertThat(shape(r))
        .containsExactly(
            "44 2026-01-01 null to=null",
            "44 2026-11-01 INCREASE to=null",
            "45 2026-01-01 null to=null",
            "45 2026-12-01 DECREASE to=null",
            "46 2026-01-01 null to=null",
            "47 2026-01-01 null to=2026-10-01T00:00:00Z",
            "48 2026-11-01 NEW to=null");
    assertThat(r.entries().get(3).previousRate()).isEqualByComparingTo("0.022");
    assertThat(r.closedPrefixes()).isZero();
    assertThat(r.livePrefixesBefore()).isEqualTo(3);
  }

  @Test
  void replaceClosesLivePrefixesMissingFromTheFileAndWithdrawsTheirFutureEntries() {
    List<RateEntry> file = List.of(entry("44", "0.010", "0", "60/6", "2026-11-01", null));

    DeckMerge.Result r = DeckMerge.merge(PREVIOUS, file, ImportMode.REPLACE, NOVEMBER, NOW);

    assertThat(shape(r))
        .containsExactly(
            "44 2026-01-01 null to=null",
            "44 2026-11-01 UNCHANGED to=null",
            "45 2026-01-01 CLOSED to=2026-11-01T00:00:00Z",
            "46 2026-01-01 CLOSED to=2026-11-01T00:00:00Z",
            "47 2026-01-01 null to=2026-10-01T00:00:00Z");
    assertThat(r.withdrawn()).isEqualTo(1);
    assertThat(r.closedPrefixes()).isEqualTo(2);
    assertThat(r.closesMostPrefixes()).isTrue();
    assertThat(r.counts()).containsEntry(ChangeFlag.CLOSED, 2L).containsEntry(ChangeFlag.NEW, 0L);
  }

  @Test
  void aReplaceKeepingMostPrefixesNeedsNoConfirmation() {
    List<RateEntry> file =
        List.of(
            entry("44", "0.010", "60/6", "2026-11-01"), entry("45", "0.010", "60/6", "2026-11-01"));

    DeckMerge.Result r = DeckMerge.merge(PREVIOUS, file, ImportMode.REPLACE, NOVEMBER, NOW);

    assertThat(r.closedPrefixes()).isEqualTo(1);
    assertThat(r.closesMostPrefixes()).isFalse();
  }

  @Test
  void theCurrentEntryOfAPrefixIsTheLatestNotYetEnded() {
    assertThat(DeckMerge.currentPerPrefix(PREVIOUS, NOW))
        .containsOnlyKeys("44", "45", "46")
        .hasEntrySatisfying("45", e -> assertThat(e.rate()).isEqualByComparingTo("0.022"));
  }

  @Test
  void aFirstImportFlagsEveryRowNew() {
    DeckMerge.Result r =
        DeckMerge.merge(
            List.of(),
            List.of(entry("1", "0.01", "60/6", "2026-01-01")),
            ImportMode.REPLACE,
            NOVEMBER,
            NOW);

    assertThat(shape(r)).containsExactly("1 2026-01-01 NEW to=null");
    assertThat(r.closesMostPrefixes()).isFalse();
  }
}
