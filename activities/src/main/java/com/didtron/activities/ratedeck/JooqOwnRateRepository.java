package com.didtron.activities.ratedeck;

import static com.didtron.activities.db.Tables.RATE_CARD_VERSION;
import static com.didtron.activities.db.Tables.RATE_ENTRY;

import com.didtron.activities.db.tables.RateEntry;
import com.didtron.activities.db.tables.records.RateCardVersionRecord;
import com.didtron.activities.db.tables.records.RateEntryRecord;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.rating.deck.ChangeFlag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The reads behind an owner's own rates (customer sell card, carrier buy card): entries of one
 * version in a time window, streamed for downloads, and the card's history of versions. Read-only;
 * imports and activation stay in {@link RateImportService}.
 */
@Repository
class JooqOwnRateRepository {
  private static final int FETCH_SIZE = 2_000;

  private final DSLContext db;

  JooqOwnRateRepository(DSLContext db) {
    this.db = db;
  }

  Page<OwnRate> entries(UUID versionId, OwnRateFilter f, Instant now, PageRequest page) {
    Condition where = where(versionId, f, now);
    long total = db.fetchCount(RATE_ENTRY, where);
    List<OwnRate> rows =
        db.selectFrom(RATE_ENTRY)
            .where(where)
            .orderBy(RATE_ENTRY.PREFIX, RATE_ENTRY.EFFECTIVE_FROM)
            .offset(page.offset())
            .limit(page.limit())
            .fetch(JooqOwnRateRepository::toRate);
    return new Page<>(rows, total);
  }

  /** Every matching entry in prefix order, through a cursor: bounded memory for any deck size. */
  void each(UUID versionId, OwnRateFilter f, Instant now, Consumer<OwnRate> sink) {
    try (Cursor<RateEntryRecord> cursor =
        db.selectFrom(RATE_ENTRY)
            .where(where(versionId, f, now))
            .orderBy(RATE_ENTRY.PREFIX, RATE_ENTRY.EFFECTIVE_FROM)
            .fetchSize(FETCH_SIZE)
            .fetchLazy()) {
      for (RateEntryRecord r : cursor) {
        sink.accept(toRate(r));
      }
    }
  }

  /**
   * The versions of a card, newest first: published ones (activated at some time) and, when {@code
   * uploadedBy} is given, that user's drafts and refused drafts too.
   */
  List<RateVersionSummary> versions(UUID cardId, String uploadedBy) {
    Condition shown = RATE_CARD_VERSION.ACTIVATED_AT.isNotNull();
    if (uploadedBy != null) {
      shown = shown.or(RATE_CARD_VERSION.CREATED_BY.eq(uploadedBy));
    }
    return db.selectFrom(RATE_CARD_VERSION)
        .where(RATE_CARD_VERSION.CARD_ID.eq(cardId).and(shown))
        .orderBy(RATE_CARD_VERSION.NUMBER.desc())
        .fetch(JooqOwnRateRepository::toSummary);
  }

  Optional<RateCardVersionRecord> version(UUID versionId) {
    return db.selectFrom(RATE_CARD_VERSION)
        .where(RATE_CARD_VERSION.ID.eq(versionId))
        .fetchOptional();
  }

  private static Condition where(UUID versionId, OwnRateFilter f, Instant now) {
    List<Condition> c = new ArrayList<>();
    c.add(RATE_ENTRY.VERSION_ID.eq(versionId));
    if (f.prefix() != null && !f.prefix().isBlank()) {
      c.add(RATE_ENTRY.PREFIX.startsWith(f.prefix().strip().replace("+", "")));
    }
    if (f.destination() != null && !f.destination().isBlank()) {
      c.add(RATE_ENTRY.DESTINATION.containsIgnoreCase(f.destination().strip()));
    }
    if (f.change() != null) {
      c.add(change(f.change()));
    }
    switch (f.window()) {
      case CURRENT -> c.add(current(RATE_ENTRY, now));
      case UPCOMING -> c.add(RATE_ENTRY.EFFECTIVE_FROM.gt(now));
      case ALL -> {}
    }
    return DSL.and(c);
  }

  /**
   * The entry pricing its prefix at {@code now}: started, not ended, and no later-started entry of
   * the prefix is running (the primary key (version, prefix, effective_from) answers the probe).
   */
  private static Condition current(RateEntry e, Instant now) {
    RateEntry later = RATE_ENTRY.as("later");
    return running(e, now)
        .andNotExists(
            DSL.selectOne()
                .from(later)
                .where(
                    later
                        .VERSION_ID
                        .eq(e.VERSION_ID)
                        .and(later.PREFIX.eq(e.PREFIX))
                        .and(later.EFFECTIVE_FROM.gt(e.EFFECTIVE_FROM))
                        .and(running(later, now))));
  }

  private static Condition running(RateEntry e, Instant now) {
    return e.EFFECTIVE_FROM.le(now).and(e.EFFECTIVE_TO.isNull().or(e.EFFECTIVE_TO.gt(now)));
  }

  private static Condition change(RateChange change) {
    return switch (change) {
      case UNCHANGED ->
          RATE_ENTRY
              .CHANGE_FLAG
              .isNull()
              .or(RATE_ENTRY.CHANGE_FLAG.eq(ChangeFlag.UNCHANGED.name()));
      case REMOVED -> RATE_ENTRY.CHANGE_FLAG.eq(ChangeFlag.CLOSED.name());
      default -> RATE_ENTRY.CHANGE_FLAG.eq(change.name());
    };
  }

  private static OwnRate toRate(RateEntryRecord r) {
    return new OwnRate(
        r.getPrefix(),
        r.getDestination(),
        r.getRate(),
        r.getConnectFee(),
        r.getInitialIncrement(),
        r.getSubsequentIncrement(),
        r.getEffectiveFrom(),
        r.getEffectiveTo(),
        RateChange.of(r.getChangeFlag() == null ? null : ChangeFlag.valueOf(r.getChangeFlag())),
        r.getPreviousRate());
  }

  static RateVersionSummary toSummary(RateCardVersionRecord r) {
    return new RateVersionSummary(
        r.getId(),
        r.getNumber(),
        r.getStatus(),
        r.getCreatedAt(),
        r.getActivatedAt(),
        r.getCloseAt(),
        r.getEntries(),
        r.getNewRows(),
        r.getIncreasedRows(),
        r.getDecreasedRows(),
        r.getUnchangedRows(),
        r.getClosedRows());
  }
}
