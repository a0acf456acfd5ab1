package com.didtron.activities.ratedeck;

import static com.didtron.activities.db.Tables.RATE_COLUMN_MAPPING;
import static com.didtron.activities.db.Tables.RATE_ENTRY;
import static com.didtron.activities.db.Tables.RATE_IMPORT_ERROR;

import com.didtron.activities.db.tables.records.RateEntryRecord;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.tenant.TenantId;
import com.didtron.rating.deck.ChangeFlag;
import com.didtron.rating.deck.ColumnMapping;
import com.didtron.rating.deck.LineError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Entries and import errors of stored deck versions, and the saved column mappings. */
@Repository
class JooqRateEntryRepository {
  private final DSLContext db;
  private final JsonMapper json;

  JooqRateEntryRepository(DSLContext db, JsonMapper json) {
    this.db = db;
    this.json = json;
  }

  Page<RateEntryRow> entries(UUID versionId, EntryFilter f, PageRequest page) {
    List<Condition> c = new ArrayList<>();
    c.add(RATE_ENTRY.VERSION_ID.eq(versionId));
    if (f.prefix() != null && !f.prefix().isBlank()) {
      c.add(RATE_ENTRY.PREFIX.startsWith(f.prefix().strip().replace("+", "")));
    }
    if (f.destination() != null && !f.destination().isBlank()) {
      c.add(RATE_ENTRY.DESTINATION.containsIgnoreCase(f.destination().strip()));
    }
    if (f.changedOnly()) {
      c.add(RATE_ENTRY.CHANGE_FLAG.isNotNull());
    }
    if (f.flag() != null) {
      c.add(RATE_ENTRY.CHANGE_FLAG.eq(f.flag().name()));
    }
    Condition where = DSL.and(c);
    long total = db.fetchCount(RATE_ENTRY, where);
    List<RateEntryRow> rows =
        db.selectFrom(RATE_ENTRY)
            .where(where)
            .orderBy(RATE_ENTRY.PREFIX, RATE_ENTRY.EFFECTIVE_FROM)
            .offset(page.offset())
            .limit(page.limit())
            .fetch(JooqRateEntryRepository::toRow);
    return new Page<>(rows, total);
  }

  Page<LineError> errors(UUID versionId, PageRequest page) {
    Condition where = RATE_IMPORT_ERROR.VERSION_ID.eq(versionId);
    long total = db.fetchCount(RATE_IMPORT_ERROR, where);
    List<LineError> rows =
        db.selectFrom(RATE_IMPORT_ERROR)
            .where(where)
            .orderBy(RATE_IMPORT_ERROR.LINE)
            .offset(page.offset())
            .limit(page.limit())
            .fetch(r -> new LineError(r.getLine(), r.getReason()));
    return new Page<>(rows, total);
  }

  Optional<ColumnMapping> mapping(UUID owner) {
    return db.select(RATE_COLUMN_MAPPING.MAPPING)
        .from(RATE_COLUMN_MAPPING)
        .where(RATE_COLUMN_MAPPING.ACCOUNT_ID.eq(owner))
        .fetchOptional(
            r ->
                new ColumnMapping(
                    json.readValue(
                        r.value1().data(), new TypeReference<Map<String, String>>() {})));
  }

  void saveMapping(TenantId tenant, UUID owner, ColumnMapping mapping, Instant now) {
    JSONB value = JSONB.valueOf(json.writeValueAsString(mapping.asMap()));
    db.insertInto(RATE_COLUMN_MAPPING)
        .set(RATE_COLUMN_MAPPING.ACCOUNT_ID, owner)
        .set(RATE_COLUMN_MAPPING.TENANT_ID, tenant.value())
        .set(RATE_COLUMN_MAPPING.MAPPING, value)
        .set(RATE_COLUMN_MAPPING.UPDATED_AT, now)
        .onConflict(RATE_COLUMN_MAPPING.ACCOUNT_ID)
        .doUpdate()
        .set(RATE_COLUMN_MAPPING.MAPPING, value)
        .set(RATE_COLUMN_MAPPING.UPDATED_AT, now)
        .execute();
  }

  private static RateEntryRow toRow(RateEntryRecord r) {
    return new RateEntryRow(
        r.getPrefix(),
        r.getDestination(),
        r.getRate(),
        r.getConnectFee(),
        r.getInitialIncrement(),
        r.getSubsequentIncrement(),
        r.getEffectiveFrom(),
        r.getEffectiveTo(),
        r.getChangeFlag() == null ? null : ChangeFlag.valueOf(r.getChangeFlag()),
        r.getPreviousRate());
  }
}
