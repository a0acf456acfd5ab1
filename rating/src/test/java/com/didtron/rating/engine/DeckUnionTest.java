package com.didtron.rating.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.rating.EpochNanos;
import com.didtron.rating.deck.RateEntry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The union trie against each deck's own longest match on random decks (seeded). */
class DeckUnionTest {
  private static final Instant BASE = RandomDecks.BASE;

  @Test
  void oneWalkFindsWhatEachDeckFindsOnItsOwn() {
    Random random = new Random(14);
    int compared = 0;
    int matched = 0;
    for (int round = 0; round < 300; round++) {
      List<List<RateEntry>> rows = new ArrayList<>();
      List<CompiledDeck> decks = new ArrayList<>();
      int count = 1 + random.nextInt(5);
      for (int d = 0; d < count; d++) {
        rows.add(RandomDecks.deck(random, 30, 12));
        decks.add(CompiledDeck.compile("d" + d, null, rows.get(d)));
      }
      DeckUnion union = DeckUnion.of(decks);
      assertThat(union).isNotNull();
      for (int i = 0; i < 200; i++) {
        byte[] number = number(random).getBytes(StandardCharsets.US_ASCII);
        Instant instant = randomInstant(random);
        long at = EpochNanos.of(instant);
        int a = random.nextInt(count + 1) - 1;
        int b = random.nextInt(count + 1) - 1;
        long pair = union.findPair(a, b, number, 0, number.length, at);
        int[] got = {CompiledDeck.firstOf(pair), CompiledDeck.secondOf(pair)};
        int[] which = {a, b};
        for (int leg = 0; leg < 2; leg++) {
          int d = which[leg];
          if (d < 0) {
            assertThat(got[leg]).isEqualTo(CompiledDeck.NO_MATCH);
            continue;
          }
          CompiledDeck deck = decks.get(d);
          int own = deck.find(number, 0, number.length, at);
          assertThat(got[leg]).as("deck %d %s", d, rows.get(d)).isEqualTo(own);
          RateEntry expected = longestMatch(rows.get(d), number, instant);
          if (expected == null) {
            assertThat(got[leg]).isEqualTo(CompiledDeck.NO_MATCH);
          } else {
            assertThat(deck.prefixLength(got[leg])).isEqualTo(expected.prefix().length());
            assertThat(deck.effectiveFrom(got[leg])).isEqualTo(expected.effectiveFrom());
            matched++;
          }
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(80_000);
    assertThat(matched).isGreaterThan(compared / 4);
  }

  @Test
  void aBatchOfOneWalkLookupsAgreesWithFindPair() {
    Random random = new Random(15);
    for (int round = 0; round < 300; round++) {
      List<CompiledDeck> decks = new ArrayList<>();
      int count = 2 + random.nextInt(3);
      for (int d = 0; d < count; d++) {
        decks.add(CompiledDeck.compile("d" + d, null, RandomDecks.deck(random, 30, 12)));
      }
      DeckUnion union = DeckUnion.of(decks);
      UnionBatch batch = new UnionBatch(union);
      batch.clear();
      byte[] store = new byte[UnionBatch.SIZE * 16];
      int used = 0;
      int n = 1 + random.nextInt(UnionBatch.SIZE);
      int[] starts = new int[n + 1];
      long[] at = new long[n];
      CompiledDeck[] sells = new CompiledDeck[n];
      CompiledDeck[] buys = new CompiledDeck[n];
      for (int k = 0; k < n; k++) {
        byte[] number = number(random).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(number, 0, store, used, number.length);
        starts[k] = used;
        used += number.length;
        starts[k + 1] = used;
        at[k] = EpochNanos.of(randomInstant(random));
        sells[k] = random.nextInt(10) == 0 ? null : decks.get(random.nextInt(count));
        buys[k] = random.nextInt(10) == 0 ? null : decks.get(random.nextInt(count));
        assertThat(batch.add(sells[k], buys[k], starts[k], used, at[k])).isEqualTo(k);
      }
      assertThat(batch.isFull()).isEqualTo(n == UnionBatch.SIZE);
      batch.run(store);
      for (int k = 0; k < n; k++) {
        assertThat(batch.result(k))
            .isEqualTo(
                CompiledDeck.findPair(sells[k], buys[k], store, starts[k], starts[k + 1], at[k]));
      }
    }
  }

  @Test
  void noUnionForTooManyDecksOrPrefixesLongerThanItsKeys() {
    List<CompiledDeck> many = new ArrayList<>();
    for (int d = 0; d <= DeckUnion.MAX_DECKS; d++) {
      many.add(
          CompiledDeck.compile("d" + d, null, List.of(RandomDecks.entry("1" + d, BASE, null))));
    }
    assertThat(DeckUnion.of(many)).isNull();
    assertThat(DeckUnion.of(many.subList(0, DeckUnion.MAX_DECKS))).isNotNull();
    assertThat(DeckUnion.of(List.of())).isNull();
    CompiledDeck longest =
        CompiledDeck.compile(
            "long", null, List.of(RandomDecks.entry("1234567890123456", BASE, null)));
    assertThat(DeckUnion.of(List.of(many.get(0), longest))).isNull();
    CompiledDeck fifteen =
        CompiledDeck.compile(
            "fifteen", null, List.of(RandomDecks.entry("123456789012345", BASE, null)));
    DeckUnion union = DeckUnion.of(List.of(many.get(0), fifteen));
    byte[] number = "1234567890123456789".getBytes(StandardCharsets.US_ASCII);
    long pair = union.findPair(1, 0, number, 0, number.length, EpochNanos.of(BASE));
    assertThat(fifteen.prefixLength(CompiledDeck.firstOf(pair))).isEqualTo(15);
    assertThat(CompiledDeck.secondOf(pair)).isEqualTo(CompiledDeck.NO_MATCH);
  }

  @Test
  void aShorterPrefixWinsWhenTheLongestHasNoEntryInForce() {
    CompiledDeck a =
        CompiledDeck.compile(
            "a",
            null,
            List.of(
                RandomDecks.entry("44", BASE, null),
                RandomDecks.entry("4420", BASE.plusSeconds(86_400), BASE.plusSeconds(2 * 86_400))));
    CompiledDeck b = CompiledDeck.compile("b", null, List.of(RandomDecks.entry("442", BASE, null)));
    DeckUnion union = DeckUnion.of(List.of(a, b));
    byte[] number = "442079460000".getBytes(StandardCharsets.US_ASCII);
    long before = union.findPair(0, 1, number, 0, number.length, EpochNanos.of(BASE));
    assertThat(a.prefixLength(CompiledDeck.firstOf(before))).isEqualTo(2);
    assertThat(b.prefixLength(CompiledDeck.secondOf(before))).isEqualTo(3);
    long during =
        union.findPair(0, 1, number, 0, number.length, EpochNanos.of(BASE.plusSeconds(90_000)));
    assertThat(a.prefixLength(CompiledDeck.firstOf(during))).isEqualTo(4);
  }

  /** The obvious longest match: the longest prefix in force, the latest effective_from. */
  private static RateEntry longestMatch(List<RateEntry> rows, byte[] number, Instant at) {
    String dialled = new String(number, StandardCharsets.US_ASCII);
    RateEntry best = null;
    for (RateEntry row : rows) {
      boolean inForce =
          !row.effectiveFrom().isAfter(at)
              && (row.effectiveTo() == null || at.isBefore(row.effectiveTo()));
      if (dialled.startsWith(row.prefix()) && inForce) {
        if (best == null
            || row.prefix().length() > best.prefix().length()
            || row.prefix().length() == best.prefix().length()
                && row.effectiveFrom().isAfter(best.effectiveFrom())) {
          best = row;
        }
      }
    }
    return best;
  }

  private static String number(Random random) {
    String number =
        random.nextInt(8) == 0
            ? RandomDecks.digits(random, random.nextInt(14), 10)
            : RandomDecks.digits(random, random.nextInt(9), 3);
    return switch (random.nextInt(20)) {
      case 0 -> number + "#";
      case 1 -> number.isEmpty() ? "+" : number.charAt(0) + "+" + number.substring(1);
      default -> number;
    };
  }

  private static Instant randomInstant(Random random) {
    Instant day = BASE.plusSeconds((random.nextInt(17) - 1) * 86_400L);
    return switch (random.nextInt(3)) {
      case 0 -> day;
      case 1 -> day.minusNanos(1);
      default -> day.plusSeconds(random.nextInt(86_400));
    };
  }
}
