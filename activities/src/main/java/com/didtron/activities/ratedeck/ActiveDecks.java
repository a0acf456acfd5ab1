package com.didtron.activities.ratedeck;

import com.didtron.activities.Facade;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.rating.engine.CompiledDeck;
import com.didtron.rating.engine.DeckRegistry;
import com.didtron.rating.engine.RatingDecks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The compiled active deck of every rate card, in memory, as rating and LCR read them. Loaded from
 * PostgreSQL when the platform starts; an activation swaps one card's deck atomically right after
 * its transaction commits; every few seconds the active versions in the database are compared with
 * the loaded ones, so activations made on another node arrive here too. Readers never wait ({@link
 * DeckRegistry}); sell decks are keyed by account id, buy decks by carrier id.
 */
@Component
@Facade
public class ActiveDecks implements SmartInitializingSingleton {
  private static final Logger log = LoggerFactory.getLogger(ActiveDecks.class);

  /**
   * One card's compiled active deck.
   *
   * @param card the card as it was when its deck was loaded
   * @param versionId the version compiled into {@code deck}
   */
  public record Loaded(RateCard card, UUID versionId, CompiledDeck deck) {}

  private final DeckRegistry registry = new DeckRegistry();
  private final Map<UUID, Loaded> byCard = new ConcurrentHashMap<>();
  private final JooqRateCardRepository cards;
  private final RateEntryCopy copy;
  private final TransactionTemplate readOnly;

  ActiveDecks(JooqRateCardRepository cards, RateEntryCopy copy, PlatformTransactionManager tx) {
    this.cards = cards;
    this.copy = copy;
    this.readOnly = new TransactionTemplate(tx);
    this.readOnly.setReadOnly(true);
  }

  @Override
  public void afterSingletonsInstantiated() {
    long t0 = System.nanoTime();
    int loaded = refresh();
    if (loaded > 0) {
      log.info(
          "Loaded {} active rate decks in {} ms", loaded, (System.nanoTime() - t0) / 1_000_000);
    }
  }

  /** The decks rating uses: sell decks by account id, buy decks by carrier id (as strings). */
  public RatingDecks decks() {
    return registry;
  }

  /** The loaded deck of a card, if it has an active version. */
  public Optional<Loaded> ofCard(UUID cardId) {
    return Optional.ofNullable(byCard.get(cardId));
  }

  /** The active sell deck of a customer account. */
  public Optional<Loaded> sellOf(UUID accountId) {
    return byCard.values().stream()
        .filter(l -> l.card().side() == DeckSide.SELL && l.card().ownerId().equals(accountId))
        .findFirst();
  }

  /** The active buy decks of a tenant's carriers. */
  public List<Loaded> buyDecks(UUID tenantId) {
    List<Loaded> out = new ArrayList<>();
    for (Loaded l : byCard.values()) {
      if (l.card().side() == DeckSide.BUY && l.card().tenantId().equals(tenantId)) {
        out.add(l);
      }
    }
    return out;
  }

  /** Publishes a freshly activated deck (called after the activation committed). */
  void install(Loaded loaded) {
    RateCard card = loaded.card();
    byCard.compute(
        card.id(),
        (id, current) -> {
          if (current != null
              && current.card().activeVersionNumber() > card.activeVersionNumber()) {
            return current; // a later version got here first (activation vs. refresh)
          }
          String owner = card.ownerId().toString();
          if (card.side() == DeckSide.SELL) {
            registry.activateSell(owner, loaded.deck());
          } else {
            registry.activateBuy(owner, loaded.deck());
          }
          return loaded;
        });
  }

  /**
   * Loads every card whose active version differs from the loaded one; returns how many were
   * loaded. Runs at startup and every few seconds (cheap when nothing changed: one query).
   */
  @Scheduled(fixedDelayString = "${didtron.rating.deck-refresh-ms:10000}", initialDelay = 10000)
  public int refresh() {
    Collection<RateCard> active = readOnly.execute(s -> cards.activeCards());
    Map<UUID, RateCard> stale =
        active.stream()
            .filter(c -> !Objects.equals(versionOf(c.id()), c.activeVersionId()))
            .collect(Collectors.toMap(RateCard::id, Function.identity()));
    stale.values().forEach(c -> install(load(c, c.activeVersionId())));
    return stale.size();
  }

  /** Compiles a stored version of a card. */
  Loaded load(RateCard card, UUID versionId) {
    return readOnly.execute(
        s ->
            new Loaded(
                card,
                versionId,
                CompiledDeck.compile(card.label(), card.currency(), copy.read(versionId))));
  }

  private UUID versionOf(UUID cardId) {
    Loaded l = byCard.get(cardId);
    return l == null ? null : l.versionId();
  }
}
