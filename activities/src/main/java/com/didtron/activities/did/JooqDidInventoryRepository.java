package com.didtron.activities.did;

import static com.didtron.activities.db.Tables.DID_INVENTORY;

import com.didtron.activities.db.tables.records.DidInventoryRecord;
import com.didtron.domain.did.DidState;
import com.didtron.domain.did.NumberType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The inventory table; records become {@link InventoryNumber} here and nowhere else. */
@Repository
class JooqDidInventoryRepository {
  private final DSLContext db;

  JooqDidInventoryRepository(DSLContext db) {
    this.db = db;
  }

  List<InventoryNumber> find(UUID tenant, InventoryFilter f) {
    List<Condition> where = new ArrayList<>();
    where.add(DID_INVENTORY.TENANT_ID.eq(tenant));
    where.add(
        f.deleted() ? DID_INVENTORY.DELETED_AT.isNotNull() : DID_INVENTORY.DELETED_AT.isNull());
    if (f.country() != null) {
      where.add(DID_INVENTORY.COUNTRY_CODE.eq(f.country()));
    }
    if (f.type() != null) {
      where.add(DID_INVENTORY.NUMBER_TYPE.eq(f.type().name()));
    }
    if (f.state() != null) {
      where.add(DID_INVENTORY.STATUS.eq(f.state()));
    }
    if (f.provider() != null) {
      where.add(DID_INVENTORY.PROVIDER.eq(f.provider()));
    }
    if (f.pattern() != null) {
      where.add(DID_INVENTORY.NUMBER.like(f.pattern().like()));
    }
    if (f.after() != null) {
      where.add(DID_INVENTORY.NUMBER.gt(f.after()));
    }
    return db.selectFrom(DID_INVENTORY)
        .where(where)
        .orderBy(DID_INVENTORY.NUMBER)
        .limit(f.limit())
        .fetch(JooqDidInventoryRepository::toNumber);
  }

  long count(UUID tenant, DidState state) {
    Condition c = DID_INVENTORY.TENANT_ID.eq(tenant).and(DID_INVENTORY.DELETED_AT.isNull());
    if (state != null) {
      c = c.and(DID_INVENTORY.STATUS.eq(state));
    }
    return db.fetchCount(DID_INVENTORY, c);
  }

  Optional<InventoryNumber> get(UUID tenant, UUID id, boolean forUpdate) {
    var q =
        db.selectFrom(DID_INVENTORY)
            .where(DID_INVENTORY.TENANT_ID.eq(tenant))
            .and(DID_INVENTORY.ID.eq(id));
    return (forUpdate ? q.forUpdate() : q).fetchOptional(JooqDidInventoryRepository::toNumber);
  }

  InventoryNumber setDeleted(UUID id, Instant at, String by) {
    return db.update(DID_INVENTORY)
        .set(DID_INVENTORY.DELETED_AT, at)
        .set(DID_INVENTORY.DELETED_BY, by)
        .set(DID_INVENTORY.UPDATED_AT, at)
        .set(DID_INVENTORY.VERSION, DID_INVENTORY.VERSION.plus(1))
        .where(DID_INVENTORY.ID.eq(id))
        .returning()
        .fetchOne(JooqDidInventoryRepository::toNumber);
  }

  InventoryNumber restore(UUID id, Instant at) {
    return db.update(DID_INVENTORY)
        .set(DID_INVENTORY.DELETED_AT, (Instant) null)
        .set(DID_INVENTORY.DELETED_BY, (String) null)
        .set(DID_INVENTORY.UPDATED_AT, at)
        .set(DID_INVENTORY.VERSION, DID_INVENTORY.VERSION.plus(1))
        .where(DID_INVENTORY.ID.eq(id))
        .returning()
        .fetchOne(JooqDidInventoryRepository::toNumber);
  }

  boolean liveNumberExists(UUID tenant, String number) {
    return db.fetchExists(
        DSL.selectOne()
            .from(DID_INVENTORY)
            .where(DID_INVENTORY.TENANT_ID.eq(tenant))
            .and(DID_INVENTORY.NUMBER.eq(number))
            .and(DID_INVENTORY.DELETED_AT.isNull()));
  }

  static InventoryNumber toNumber(DidInventoryRecord r) {
    return new InventoryNumber(
        r.getId(),
        r.getTenantId(),
        r.getNumber(),
        r.getCountryCode(),
        r.getArea(),
        NumberType.valueOf(r.getNumberType()),
        r.getProvider(),
        r.getProviderRef(),
        r.getMonthlyCost(),
        r.getSetupCost(),
        r.getCurrency(),
        r.getChannels(),
        r.getStatus(),
        r.getAccountId(),
        r.getReservedBy(),
        r.getReservedUntil(),
        r.getQuarantineUntil(),
        r.getVersion(),
        r.getCreatedAt(),
        r.getDeletedAt());
  }
}
