package com.didtron.activities.did;

import static com.didtron.activities.db.Tables.DID_INVENTORY;
import static com.didtron.activities.db.Tables.DID_PRICE;

import com.didtron.activities.Facade;
import com.didtron.domain.did.DidState;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The numbers in service as the switch push and inbound rating see them ({@link DidInService}): by
 * inventory id (the switch change's object id) or by number (an inbound CDR).
 */
@Facade
@Component
public class DidsInService {
  private final DSLContext db;

  public DidsInService(DSLContext db) {
    this.db = db;
  }

  /** The number with this inventory id (deleted rows too: they are not live), if any. */
  public Optional<DidInService> byId(UUID didId) {
    return db.selectFrom(DID_INVENTORY)
        .where(DID_INVENTORY.ID.eq(didId))
        .fetchOptional()
        .map(this::toService);
  }

  /** The live (ACTIVE, not deleted) number of a tenant, if any. */
  public Optional<DidInService> activeNumber(UUID tenantId, String number) {
    return db.selectFrom(DID_INVENTORY)
        .where(DID_INVENTORY.TENANT_ID.eq(tenantId))
        .and(DID_INVENTORY.NUMBER.eq(number))
        .and(DID_INVENTORY.STATUS.eq(DidState.ACTIVE))
        .and(DID_INVENTORY.DELETED_AT.isNull())
        .fetchOptional()
        .map(this::toService);
  }

  private DidInService toService(com.didtron.activities.db.tables.records.DidInventoryRecord r) {
    boolean live =
        r.getStatus() == DidState.ACTIVE && r.getDeletedAt() == null && r.getAccountId() != null;
    var price =
        db.select(DID_PRICE.INBOUND_PER_MINUTE, DID_PRICE.CURRENCY)
            .from(DID_PRICE)
            .where(DID_PRICE.TENANT_ID.eq(r.getTenantId()))
            .and(DID_PRICE.COUNTRY_CODE.eq(r.getCountryCode()))
            .and(DID_PRICE.NUMBER_TYPE.eq(r.getNumberType()))
            .and(DID_PRICE.AREA.in(r.getArea() == null ? "" : r.getArea(), ""))
            .and(DID_PRICE.EFFECTIVE_FROM.le(Instant.now()))
            .orderBy(
                DSL.when(DID_PRICE.AREA.eq(""), 1).otherwise(0), DID_PRICE.EFFECTIVE_FROM.desc())
            .limit(1)
            .fetchOptional();
    return new DidInService(
        r.getId(),
        r.getTenantId(),
        r.getAccountId(),
        r.getNumber(),
        live,
        r.getDestinationUri(),
        r.getFailoverUri(),
        r.getRingTimeoutSeconds() == null ? 30 : r.getRingTimeoutSeconds(),
        r.getSuspendedAt() != null,
        price.map(p -> p.value1()).orElse(null),
        price.map(p -> p.value2()).orElse(null));
  }
}
