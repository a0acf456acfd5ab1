package com.didtron.activities.switchcdr;

import static com.didtron.activities.db.Tables.DID_INVENTORY;
import static com.didtron.activities.db.Tables.DID_PRICE;

import com.didtron.domain.did.DidState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;

/** A number in service (ACTIVE, owned) with its own inbound price, for the CDR pull tests. */
final class InboundNumbers {
  private InboundNumbers() {}

  /** A fresh 11-digit UK number unlikely to collide with other tests. */
  static String fresh() {
    return "4420" + String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000L));
  }

  static void activeNumber(
      DSLContext db, UUID tenant, String number, UUID owner, String perMinute) {
    Instant now = Instant.now();
    String area = "Pull " + number;
    db.insertInto(DID_PRICE)
        .set(DID_PRICE.ID, UUID.randomUUID())
        .set(DID_PRICE.TENANT_ID, tenant)
        .set(DID_PRICE.COUNTRY_CODE, "GB")
        .set(DID_PRICE.NUMBER_TYPE, "GEOGRAPHIC")
        .set(DID_PRICE.AREA, area)
        .set(DID_PRICE.MONTHLY_PRICE, BigDecimal.ONE)
        .set(DID_PRICE.SETUP_PRICE, BigDecimal.ZERO)
        .set(DID_PRICE.INBOUND_PER_MINUTE, new BigDecimal(perMinute))
        .set(DID_PRICE.CURRENCY, "USD")
        .set(DID_PRICE.EFFECTIVE_FROM, now.minusSeconds(86_400))
        .set(DID_PRICE.CREATED_BY, "test")
        .set(DID_PRICE.CREATED_AT, now)
        .execute();
    db.insertInto(DID_INVENTORY)
        .set(DID_INVENTORY.ID, UUID.randomUUID())
        .set(DID_INVENTORY.TENANT_ID, tenant)
        .set(DID_INVENTORY.NUMBER, number)
        .set(DID_INVENTORY.COUNTRY_CODE, "GB")
        .set(DID_INVENTORY.AREA, area)
        .set(DID_INVENTORY.NUMBER_TYPE, "GEOGRAPHIC")
        .set(DID_INVENTORY.PROVIDER, "manual")
        .set(DID_INVENTORY.MONTHLY_COST, BigDecimal.ONE)
        .set(DID_INVENTORY.SETUP_COST, BigDecimal.ZERO)
        .set(DID_INVENTORY.CURRENCY, "USD")
        .set(DID_INVENTORY.STATUS, DidState.ACTIVE)
        .set(DID_INVENTORY.ACCOUNT_ID, owner)
        .set(DID_INVENTORY.DESTINATION_URI, "sip:pbx@203.0.113.9")
        .set(DID_INVENTORY.ACTIVATED_AT, now)
        .set(DID_INVENTORY.CREATED_AT, now)
        .set(DID_INVENTORY.UPDATED_AT, now)
        .execute();
  }
}
