package com.didtron.activities.ratedeck;

import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.user.Role;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's own prices: the active version of its sell card, as its portal users see it
 * (searchable, exportable as deck CSV). Only customer users, only their own account's card; a
 * carrier's buy card and every other account's card stay staff business ({@link RateCardService}).
 */
@Service
public class OwnRates {
  private final JooqRateCardRepository cards;
  private final JooqRateEntryRepository entries;
  private final RateEntryCopy copy;

  OwnRates(JooqRateCardRepository cards, JooqRateEntryRepository entries, RateEntryCopy copy) {
    this.cards = cards;
    this.entries = entries;
    this.copy = copy;
  }

  /** The customer's sell card, if it has one (with or without an active version). */
  @Transactional(readOnly = true)
  public Optional<RateCard> card(Actor actor) {
    if (!actor.has(Role.CUSTOMER) || actor.ownAccount().isEmpty()) {
      throw new AccessDenied("Only a customer sees its own rates");
    }
    return cards
        .liveCardOf(actor.accountId().value(), DeckSide.SELL)
        .filter(c -> c.tenantId().equals(actor.tenantId().value()));
  }

  /** The entries of the active version matching {@code filter}; none while nothing is active. */
  @Transactional(readOnly = true)
  public Page<RateEntryRow> entries(Actor actor, EntryFilter filter, PageRequest page) {
    Optional<RateCard> card = card(actor).filter(c -> c.activeVersionId() != null);
    if (card.isEmpty()) {
      return new Page<>(List.of(), 0);
    }
    return entries.entries(
        card.get().activeVersionId(),
        new EntryFilter(filter.prefix(), filter.destination(), false, null),
        page);
  }

  /** Streams the active version as deck CSV; refused while the customer has no active rates. */
  @Transactional(readOnly = true)
  public void export(Actor actor, OutputStream out) {
    RateCard card =
        card(actor)
            .filter(c -> c.activeVersionId() != null)
            .orElseThrow(() -> new AccessDenied("You have no active rates yet"));
    copy.export(card.activeVersionId(), out);
  }
}
