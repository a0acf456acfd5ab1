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
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's own prices: its sell card as its portal users see it. Current and upcoming entries
 * (searchable by prefix, destination and change), the change flags of the last published version,
 * the history of published versions, and downloads as CSV or XLSX. Only customer users, only their
 * own account's card, only published versions (drafts are staff business); never a carrier's buy
 * card, a cost or a margin ({@link RateCardService} serves staff, {@link CarrierRates} carriers).
 */
@Service
public class OwnRates {
  private final OwnDecks decks;

  OwnRates(OwnDecks decks) {
    this.decks = decks;
  }

  /** The customer's sell card, if it has one (with or without an active version). */
  @Transactional(readOnly = true)
  public Optional<RateCard> card(Actor actor) {
    requireCustomer(actor);
    return decks.card(actor, DeckSide.SELL);
  }

  /** The entries of the active version matching {@code filter}; none while nothing is active. */
  @Transactional(readOnly = true)
  public Page<OwnRate> entries(Actor actor, OwnRateFilter filter, PageRequest page) {
    return decks.entries(card(actor), filter, page);
  }

  /** The published versions of the sell card, newest first: the history of rate changes. */
  @Transactional(readOnly = true)
  public List<RateVersionSummary> history(Actor actor) {
    return decks.history(card(actor), null);
  }

  /**
   * Streams the matching entries of a published version ({@code versionId} null: the active one) as
   * CSV or XLSX; refused while the customer has no active rates, and alike for a version that is
   * not the customer's or not published.
   */
  @Transactional(readOnly = true)
  public void export(
      Actor actor, UUID versionId, OwnRateFilter filter, RateSheet format, OutputStream out) {
    decks.export(card(actor), versionId, null, filter, format, out);
  }

  /** The file name {@link #export} gives its download. */
  @Transactional(readOnly = true)
  public String fileName(Actor actor, UUID versionId, OwnRateFilter filter, RateSheet format) {
    return decks.fileName("my-rates", card(actor), versionId, null, filter, format);
  }

  private static void requireCustomer(Actor actor) {
    if (!actor.has(Role.CUSTOMER) || actor.ownAccount().isEmpty()) {
      throw new AccessDenied("Only a customer sees its own rates");
    }
  }
}
