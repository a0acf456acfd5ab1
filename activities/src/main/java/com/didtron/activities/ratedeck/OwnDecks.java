package com.didtron.activities.ratedeck;

import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.ratedeck.DeckSide;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What {@link OwnRates} (a customer's sell card) and {@link CarrierRates} (a carrier's buy card)
 * share: the portal user's own card of one side, its entries by window, its history and downloads.
 * A version of any other card is refused with the same words whether it exists or not.
 */
@Component
class OwnDecks {
  private final JooqRateCardRepository cards;
  private final JooqOwnRateRepository rates;
  private final Clock clock;

  OwnDecks(JooqRateCardRepository cards, JooqOwnRateRepository rates, Clock clock) {
    this.cards = cards;
    this.rates = rates;
    this.clock = clock;
  }

  /** The actor's own live card of {@code side} in its tenant, if there is one. */
  Optional<RateCard> card(Actor actor, DeckSide side) {
    return cards
        .liveCardOf(actor.accountId().value(), side)
        .filter(c -> c.tenantId().equals(actor.tenantId().value()));
  }

  /** Entries of the card's active version; none while nothing is active. */
  Page<OwnRate> entries(Optional<RateCard> card, OwnRateFilter filter, PageRequest page) {
    return card.filter(c -> c.activeVersionId() != null)
        .map(c -> rates.entries(c.activeVersionId(), filter, clock.instant(), page))
        .orElseGet(() -> new Page<>(List.of(), 0));
  }

  List<RateVersionSummary> history(Optional<RateCard> card, String uploadedBy) {
    return card.map(c -> rates.versions(c.id(), uploadedBy)).orElse(List.of());
  }

  /**
   * The version a download reads: {@code versionId} (null: the active version) of the card, if it
   * was published or, with {@code uploadedBy}, uploaded by that user; refused otherwise.
   */
  RateVersionSummary version(Optional<RateCard> card, UUID versionId, String uploadedBy) {
    RateCard own = card.orElseThrow(OwnDecks::noRates);
    UUID id = versionId != null ? versionId : own.activeVersionId();
    if (id == null) {
      throw noRates();
    }
    return rates
        .version(id)
        .filter(r -> r.getCardId().equals(own.id()))
        .filter(
            r ->
                r.getActivatedAt() != null
                    || (uploadedBy != null && uploadedBy.equals(r.getCreatedBy())))
        .map(JooqOwnRateRepository::toSummary)
        .orElseThrow(OwnDecks::noSuchVersion);
  }

  /** Streams the matching entries of a version {@link #version} allows as CSV or XLSX. */
  void export(
      Optional<RateCard> card,
      UUID versionId,
      String uploadedBy,
      OwnRateFilter filter,
      RateSheet format,
      OutputStream out) {
    RateVersionSummary v = version(card, versionId, uploadedBy);
    try (RateSheetWriter writer = new RateSheetWriter(format, out, "Rates v" + v.number())) {
      rates.each(v.id(), filter, clock.instant(), writer::write);
    }
  }

  /** The file name of a download, e.g. {@code my-rates-USD-v3-current.xlsx}. */
  String fileName(
      String base,
      Optional<RateCard> card,
      UUID versionId,
      String uploadedBy,
      OwnRateFilter f,
      RateSheet s) {
    RateVersionSummary v = version(card, versionId, uploadedBy);
    return base
        + "-"
        + card.orElseThrow().currency().code()
        + "-v"
        + v.number()
        + "-"
        + f.window().name().toLowerCase(Locale.ROOT)
        + "."
        + s.extension();
  }

  static AccessDenied noRates() {
    return new AccessDenied("You have no active rates yet");
  }

  static AccessDenied noSuchVersion() {
    return new AccessDenied("No such rate version");
  }
}
