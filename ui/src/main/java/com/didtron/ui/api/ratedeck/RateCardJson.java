package com.didtron.ui.api.ratedeck;

import com.didtron.activities.ratedeck.RateCard;
import java.time.Instant;
import java.util.UUID;

/** A rate card as the API shows it. */
public record RateCardJson(
    UUID id,
    UUID ownerId,
    String owner,
    String side,
    String currency,
    UUID activeVersionId,
    int activeVersion,
    Instant createdAt) {
  static RateCardJson of(RateCard c) {
    return new RateCardJson(
        c.id(),
        c.ownerId(),
        c.ownerName(),
        c.side().name(),
        c.currency().code(),
        c.activeVersionId(),
        c.activeVersionNumber(),
        c.createdAt());
  }
}
