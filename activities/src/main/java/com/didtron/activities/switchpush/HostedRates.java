package com.didtron.activities.switchpush;

import com.didtron.activities.ratedeck.ActiveDecks;
import com.didtron.activities.ratedeck.RateCard;
import com.didtron.activities.switchsync.HostedSwitch;
import com.didtron.activities.switchsync.RateCardRevision;
import com.didtron.activities.switchsync.SwitchObjectRefs;
import com.didtron.activities.switchsync.SwitchObjectRefs.Kind;
import com.didtron.activities.switchsync.SwitchRateCard;
import com.didtron.activities.switchsync.SwitchRoute;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.trunk.TrunkDirection;
import com.didtron.domain.trunk.TrunkStatus;
import com.didtron.rating.engine.CompiledDeck;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Rate cards and routes on a hosted switch: a card goes as a whole (its entries effective now
 * become a new revision the switch activates), a customer's route names its sell card and the tech
 * prefix of its ingress trunk. The carrier order is left to the switch (an empty list), which ranks
 * the pushed carriers' buy cards by its own LCR — the same cards DIDTron ranks.
 */
final class HostedRates {
  private final HostedSwitch hosted;
  private final ActiveDecks decks;
  private final Trunks trunks;
  private final SwitchObjectRefs refs;
  private final Clock clock;

  HostedRates(
      HostedSwitch hosted, ActiveDecks decks, Trunks trunks, SwitchObjectRefs refs, Clock clock) {
    this.hosted = hosted;
    this.decks = decks;
    this.trunks = trunks;
    this.refs = refs;
    this.clock = clock;
  }

  /** Pushes the card's active version; a card without one has nothing to push. */
  Optional<String> rateCard(UUID cardId) {
    return decks.ofCard(cardId).map(l -> push(l.card(), l.deck()));
  }

  /**
   * Pushes the customer's route (customer and sell card first if the switch lacks them); empty when
   * the customer has no active sell card yet.
   */
  Optional<String> route(Actor system, Account customer, String customerId) {
    Optional<ActiveDecks.Loaded> sell = decks.sellOf(customer.id().value());
    if (sell.isEmpty()) {
      return Optional.empty();
    }
    String cardId = sell.get().card().id().toString();
    String remoteCard =
        refs.remoteId(hosted.name(), Kind.RATE_CARD, cardId)
            .orElseGet(() -> push(sell.get().card(), sell.get().deck()));
    String local = customer.id().toString();
    String id =
        hosted.pushRoute(
            new SwitchRoute(
                refs.remoteId(hosted.name(), Kind.ROUTE, local).orElse(null),
                customerId,
                remoteCard,
                techPrefix(system, customer),
                List.of(),
                true));
    refs.keep(hosted.name(), Kind.ROUTE, local, id);
    return Optional.of(id);
  }

  private String push(RateCard card, CompiledDeck deck) {
    List<SwitchRateCard.Rule> rules = new ArrayList<>(deck.size());
    deck.forEachEffective(
        clock.instant(),
        (prefix, e) ->
            rules.add(
                new SwitchRateCard.Rule(
                    prefix,
                    deck.destination(e),
                    deck.rate(e),
                    deck.connectFee(e),
                    deck.initialIncrement(e),
                    deck.subsequentIncrement(e))));
    String local = card.id().toString();
    RateCardRevision pushed =
        hosted.pushRateCard(
            new SwitchRateCard(
                refs.remoteId(hosted.name(), Kind.RATE_CARD, local).orElse(null),
                card.label(),
                card.side(),
                card.currency(),
                rules));
    refs.keep(hosted.name(), Kind.RATE_CARD, local, pushed.cardId());
    return pushed.cardId();
  }

  private String techPrefix(Actor system, Account customer) {
    return trunks.list(system, customer.id(), false).stream()
        .filter(t -> t.direction() == TrunkDirection.INGRESS && t.status() == TrunkStatus.ACTIVE)
        .map(Trunk::techPrefix)
        .filter(p -> p != null && !p.isBlank())
        .findFirst()
        .orElse("");
  }
}
