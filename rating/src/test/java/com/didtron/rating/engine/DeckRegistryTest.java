package com.didtron.rating.engine;

import static com.didtron.rating.fixtures.Entries.deck;
import static com.didtron.rating.fixtures.Entries.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.rating.fixtures.Entries;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class DeckRegistryTest {
  private static final Instant MARCH = Entries.instant("2026-03-01");

  @Test
  void activationReplacesTheDeckAndReturnsThePreviousOne() {
    DeckRegistry registry = new DeckRegistry();
    CompiledDeck v1 = deck(entry("44", "0.01", "1/1", "2026-01-01"));
    CompiledDeck v2 = deck(entry("44", "0.02", "1/1", "2026-01-01"));

    assertThat(registry.sellDeck("ACME")).isNull();
    assertThat(registry.activateSell("ACME", v1)).isNull();
    assertThat(registry.activateSell("ACME", v2)).isSameAs(v1);
    assertThat(registry.sellDeck("ACME")).isSameAs(v2);
    assertThat(registry.buyDeck("ACME")).isNull();
    registry.activateBuy("CARRIER", v1);
    assertThat(registry.buyDeck("CARRIER")).isSameAs(v1);
    assertThat(registry.sellDeck(null)).isNull();
  }

  @Test
  void readersRatingDuringActivationSeeEitherTheOldOrTheNewDeckNeverAMix() throws Exception {
    DeckHolder holder = new DeckHolder(deck(entry("44", "0.010000", "1/1", "2026-01-01")));
    Set<String> seen = ConcurrentHashMap.newKeySet();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch started = new CountDownLatch(2);
    Runnable reader =
        () -> {
          started.countDown();
          while (!stop.get()) {
            CompiledDeck deck = holder.current();
            seen.add(deck.rate(deck.find("4420", MARCH)).toPlainString());
          }
        };
    Thread a = new Thread(reader);
    Thread b = new Thread(reader);
    a.start();
    b.start();
    started.await();
    for (int i = 1; i <= 200; i++) {
      holder.activate(
          deck(
              entry(
                  "44",
                  BigDecimal.valueOf(i % 2 == 0 ? 10_000 : 20_000, 6).toPlainString(),
                  "1/1",
                  "2026-01-01")));
    }
    stop.set(true);
    a.join();
    b.join();

    assertThat(seen).isSubsetOf("0.010000", "0.020000");
    assertThat(holder.current().rate(0).toPlainString()).isEqualTo("0.010000");
  }
}
