package com.didtron.rating.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.rating.EpochNanos;
import com.didtron.rating.deck.FastDeckReader;
import com.didtron.rating.deck.PackedRows;
import com.didtron.rating.deck.RateEntry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Decks compiled from the fast reader's rows (sorted keys, trie on first use) against the same rows
 * compiled trie first, and a union of such decks, which never builds their tries (seeded).
 */
class KeyedDeckTest {
  private static final Instant BASE = RandomDecks.BASE;
  private static final String HEADER =
      "prefix,destination,rate,connect_fee,initial_increment,subsequent_increment,"
          + "effective_from,effective_to\n";

  @Test
  void aDeckFromKeysHasTheEntriesAndAnswersOfTheTrieFirstCompile() {
    Random random = new Random(27);
    int found = 0;
    for (int round = 0; round < 300; round++) {
      List<RateEntry> rows = RandomDecks.deck(random, 40, 14);
      CompiledDeck keyed = keyed(rows);
      CompiledDeck trieFirst = CompiledDeck.compile("t", null, rows);
      assertThat(keyed.hasTrie()).isFalse();
      assertThat(keyed.size()).isEqualTo(trieFirst.size());
      for (int e = 0; e < rows.size(); e++) {
        assertThat(keyed.prefixLength(e)).isEqualTo(trieFirst.prefixLength(e));
        assertThat(keyed.effectiveFrom(e)).isEqualTo(trieFirst.effectiveFrom(e));
        assertThat(keyed.effectiveTo(e)).isEqualTo(trieFirst.effectiveTo(e));
        assertThat(keyed.destination(e)).isEqualTo(trieFirst.destination(e));
        assertThat(keyed.rate(e)).isEqualByComparingTo(trieFirst.rate(e));
      }
      for (int i = 0; i < 100; i++) {
        byte[] number = number(random).getBytes(StandardCharsets.US_ASCII);
        long at = EpochNanos.of(randomInstant(random));
        int expected = trieFirst.find(number, 0, number.length, at);
        assertThat(keyed.find(number, 0, number.length, at)).isEqualTo(expected);
        found += expected == CompiledDeck.NO_MATCH ? 0 : 1;
      }
      assertThat(keyed.hasTrie()).isTrue();
      assertThat(keyed.nodeCount()).isEqualTo(trieFirst.nodeCount());
      List<String> keyedPlan = new ArrayList<>();
      List<String> trieFirstPlan = new ArrayList<>();
      Instant at = randomInstant(random);
      keyed.forEachEffective(at, (prefix, e) -> keyedPlan.add(prefix + "=" + e));
      trieFirst.forEachEffective(at, (prefix, e) -> trieFirstPlan.add(prefix + "=" + e));
      assertThat(keyedPlan).isEqualTo(trieFirstPlan);
    }
    assertThat(found).isGreaterThan(5_000);
  }

  @Test
  void aUnionOfDecksFromKeysAnswersAsTheirOwnWalksWithoutBuildingTheirTries() {
    Random random = new Random(28);
    int shorter = 0;
    for (int round = 0; round < 300; round++) {
      int count = 1 + random.nextInt(4);
      List<CompiledDeck> keyed = new ArrayList<>();
      List<CompiledDeck> trieFirst = new ArrayList<>();
      List<List<RateEntry>> decks = new ArrayList<>();
      for (int d = 0; d < count; d++) {
        List<RateEntry> rows = RandomDecks.deck(random, 40, 14);
        decks.add(rows);
        keyed.add(keyed(rows));
        trieFirst.add(CompiledDeck.compile("t" + d, null, rows));
      }
      DeckUnion union = DeckUnion.of(keyed);
      for (int i = 0; i < 200; i++) {
        byte[] number = number(random).getBytes(StandardCharsets.US_ASCII);
        long at = EpochNanos.of(randomInstant(random));
        int a = random.nextInt(count);
        int b = random.nextInt(count);
        long pair = union.findPair(a, b, number, 0, number.length, at);
        long expected =
            CompiledDeck.findPair(trieFirst.get(a), trieFirst.get(b), number, 0, number.length, at);
        assertThat(pair).isEqualTo(expected);
        int deepest = longestPrefix(decks.get(a), number);
        int got = CompiledDeck.firstOf(pair);
        if (got != CompiledDeck.NO_MATCH && trieFirst.get(a).prefixLength(got) < deepest) {
          shorter++;
        }
      }
      assertThat(keyed).noneMatch(CompiledDeck::hasTrie);
    }
    assertThat(shorter).as("answers from a shorter prefix than the deepest").isGreaterThan(500);
  }

  @Test
  void prefixesLongerThanAKeyTakeTheTrieFirstPath() {
    CompiledDeck deck =
        keyed(
            List.of(
                RandomDecks.entry("1234567890123456", BASE, null),
                RandomDecks.entry("12", BASE, null)));
    assertThat(deck.hasTrie()).isTrue();
    byte[] number = "12345678901234567".getBytes(StandardCharsets.US_ASCII);
    int e = deck.find(number, 0, number.length, EpochNanos.of(BASE));
    assertThat(deck.prefixLength(e)).isEqualTo(16);
  }

  /** Length of the longest prefix of {@code rows} the number starts with, in force or not. */
  private static int longestPrefix(List<RateEntry> rows, byte[] number) {
    String dialled = new String(number, StandardCharsets.US_ASCII);
    int longest = 0;
    for (RateEntry row : rows) {
      if (dialled.startsWith(row.prefix())) {
        longest = Math.max(longest, row.prefix().length());
      }
    }
    return longest;
  }

  private static CompiledDeck keyed(List<RateEntry> rows) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (RateEntry row : rows) {
      csv.append(row.prefix())
          .append(',')
          .append(row.destination())
          .append(',')
          .append(row.rate().toPlainString())
          .append(",,")
          .append(row.initialIncrement())
          .append(',')
          .append(row.subsequentIncrement())
          .append(',')
          .append(LocalDate.ofInstant(row.effectiveFrom(), ZoneOffset.UTC))
          .append(',')
          .append(
              row.effectiveTo() == null
                  ? ""
                  : LocalDate.ofInstant(row.effectiveTo(), ZoneOffset.UTC).toString())
          .append('\n');
    }
    PackedRows packed = FastDeckReader.read(csv.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(packed).isNotNull();
    CompiledDeck deck = CompiledDeck.compile("k", null, packed);
    assertThat(deck).isNotNull();
    return deck;
  }

  private static String number(Random random) {
    return random.nextInt(8) == 0
        ? RandomDecks.digits(random, random.nextInt(16), 10)
        : RandomDecks.digits(random, random.nextInt(9), 3);
  }

  private static Instant randomInstant(Random random) {
    Instant day = BASE.plusSeconds((random.nextInt(17) - 1) * 86_400L);
    return random.nextBoolean() ? day : day.plusSeconds(random.nextInt(86_400));
  }
}
