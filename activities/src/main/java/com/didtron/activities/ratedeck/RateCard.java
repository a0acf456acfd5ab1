package com.didtron.activities.ratedeck;

import com.didtron.activities.Facade;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.ratedeck.DeckSide;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A rate card: the sell card of a customer account or the buy card of a carrier.
 *
 * @param activeVersionId the version rating uses now; null until the first activation
 * @param activeVersionNumber its number (1, 2, ...); 0 when none
 * @param version optimistic-locking counter of the card row
 */
@Facade
public record RateCard(
    UUID id,
    UUID tenantId,
    UUID ownerId,
    String ownerName,
    DeckSide side,
    CurrencyCode currency,
    UUID activeVersionId,
    int activeVersionNumber,
    int version,
    Instant createdAt) {

  /** How the card is named on screen, e.g. {@code ACME · sell}. */
  public String label() {
    return ownerName + " · " + side.name().toLowerCase(Locale.ROOT);
  }
}
