package com.didtron.activities.did;

import com.didtron.activities.Facade;
import com.didtron.domain.did.DidState;
import com.didtron.domain.did.NumberType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A number of the inventory as staff see it: with its supplier and cost. Never handed to a customer
 * (see {@link DidOffer}).
 *
 * @param accountId the account that has the number (ACTIVE, QUARANTINE), else null
 * @param reservedBy the account an order holds it for (RESERVED), else null
 */
@Facade
public record InventoryNumber(
    UUID id,
    UUID tenantId,
    String number,
    String country,
    String area,
    NumberType type,
    String provider,
    String providerRef,
    BigDecimal monthlyCost,
    BigDecimal setupCost,
    String currency,
    int channels,
    DidState state,
    UUID accountId,
    UUID reservedBy,
    Instant reservedUntil,
    Instant quarantineUntil,
    int version,
    Instant createdAt,
    Instant deletedAt) {

  public boolean isDeleted() {
    return deletedAt != null;
  }
}
