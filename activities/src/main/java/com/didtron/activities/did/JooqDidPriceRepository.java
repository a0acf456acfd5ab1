package com.didtron.activities.did;

import static com.didtron.activities.db.Tables.DID_PRICE;

import com.didtron.activities.db.tables.records.DidPriceRecord;
import com.didtron.domain.did.NumberType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The DID price list. */
@Repository
class JooqDidPriceRepository {
  private final DSLContext db;

  JooqDidPriceRepository(DSLContext db) {
    this.db = db;
  }

  DidPrice insert(UUID tenant, DidPrices.PriceDraft d, Instant from, String by, Instant now) {
    return db.insertInto(DID_PRICE)
        .set(DID_PRICE.ID, UUID.randomUUID())
        .set(DID_PRICE.TENANT_ID, tenant)
        .set(DID_PRICE.COUNTRY_CODE, d.country())
        .set(DID_PRICE.NUMBER_TYPE, d.type().name())
        .set(DID_PRICE.AREA, d.area())
        .set(DID_PRICE.MONTHLY_PRICE, d.monthlyPrice())
        .set(DID_PRICE.SETUP_PRICE, d.setupPrice())
        .set(DID_PRICE.INBOUND_PER_MINUTE, d.inboundPerMinute())
        .set(DID_PRICE.CURRENCY, d.currency())
        .set(DID_PRICE.EFFECTIVE_FROM, from)
        .set(DID_PRICE.CREATED_BY, by)
        .set(DID_PRICE.CREATED_AT, now)
        .returning()
        .fetchOne(JooqDidPriceRepository::toPrice);
  }

  boolean exists(UUID tenant, DidPrices.PriceDraft d, Instant from) {
    return db.fetchExists(
        DSL.selectOne()
            .from(DID_PRICE)
            .where(key(tenant, d.country(), d.type(), d.area()))
            .and(DID_PRICE.EFFECTIVE_FROM.eq(from)));
  }

  /**
   * The prices in force at {@code at} (the newest per country, type and area) and those that start
   * later, by country, type and area.
   */
  List<DidPrice> current(UUID tenant, String country, Instant at) {
    var p2 = DID_PRICE.as("p2");
    Condition superseded =
        DSL.exists(
            DSL.selectOne()
                .from(p2)
                .where(p2.TENANT_ID.eq(DID_PRICE.TENANT_ID))
                .and(p2.COUNTRY_CODE.eq(DID_PRICE.COUNTRY_CODE))
                .and(p2.NUMBER_TYPE.eq(DID_PRICE.NUMBER_TYPE))
                .and(p2.AREA.eq(DID_PRICE.AREA))
                .and(p2.EFFECTIVE_FROM.le(at))
                .and(p2.EFFECTIVE_FROM.gt(DID_PRICE.EFFECTIVE_FROM)));
    Condition where = DID_PRICE.TENANT_ID.eq(tenant).andNot(superseded);
    if (country != null) {
      where = where.and(DID_PRICE.COUNTRY_CODE.eq(country));
    }
    return db.selectFrom(DID_PRICE)
        .where(where)
        .orderBy(
            DID_PRICE.COUNTRY_CODE, DID_PRICE.NUMBER_TYPE, DID_PRICE.AREA, DID_PRICE.EFFECTIVE_FROM)
        .fetch(JooqDidPriceRepository::toPrice);
  }

  private static Condition key(UUID tenant, String country, NumberType type, String area) {
    return DID_PRICE
        .TENANT_ID
        .eq(tenant)
        .and(DID_PRICE.COUNTRY_CODE.eq(country))
        .and(DID_PRICE.NUMBER_TYPE.eq(type.name()))
        .and(DID_PRICE.AREA.eq(area));
  }

  static DidPrice toPrice(DidPriceRecord r) {
    return new DidPrice(
        r.getId(),
        r.getCountryCode(),
        NumberType.valueOf(r.getNumberType()),
        r.getArea(),
        r.getMonthlyPrice(),
        r.getSetupPrice(),
        r.getInboundPerMinute(),
        r.getCurrency(),
        r.getEffectiveFrom(),
        r.getCreatedBy());
  }
}
