package com.didtron.activities.ratedeck;

import static com.didtron.activities.db.Tables.RATE_CARD;
import static com.didtron.activities.db.Tables.RATE_CARD_VERSION;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.db.tables.records.RateCardVersionRecord;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.ratedeck.RateCardVersionStatus;
import com.didtron.domain.tenant.TenantId;
import com.didtron.rating.deck.ChangeFlag;
import com.didtron.rating.deck.DeckMerge;
import com.didtron.rating.deck.ImportMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Rate cards and their versions (entries and errors live in {@link JooqRateEntryRepository}). */
@Repository
class JooqRateCardRepository {
  private static final Table<?> ACTIVE = RATE_CARD_VERSION.as("active");

  private final DSLContext db;
  private final Accounts directory;

  JooqRateCardRepository(DSLContext db, Accounts directory) {
    this.db = db;
    this.directory = directory;
  }

  RateCard insertCard(
      TenantId tenant, UUID owner, DeckSide side, CurrencyCode currency, Instant now) {
    UUID id = UUID.randomUUID();
    db.insertInto(RATE_CARD)
        .set(RATE_CARD.ID, id)
        .set(RATE_CARD.TENANT_ID, tenant.value())
        .set(RATE_CARD.OWNER_ACCOUNT_ID, owner)
        .set(RATE_CARD.DIRECTION, side.name())
        .set(RATE_CARD.CURRENCY, currency.code())
        .set(RATE_CARD.VERSION, 0)
        .set(RATE_CARD.CREATED_AT, now)
        .set(RATE_CARD.UPDATED_AT, now)
        .execute();
    return card(id).orElseThrow();
  }

  Optional<RateCard> card(UUID id) {
    return cards()
        .where(RATE_CARD.ID.eq(id))
        .fetchOptional()
        .map(r -> toCards(List.of(r)).getFirst());
  }

  /** Locks the card row until the transaction ends: imports and activations of a card queue. */
  Optional<RateCard> cardForUpdate(UUID id) {
    db.select(RATE_CARD.ID).from(RATE_CARD).where(RATE_CARD.ID.eq(id)).forUpdate().fetch();
    return card(id);
  }

  Optional<RateCard> liveCardOf(UUID owner, DeckSide side) {
    return cards()
        .where(
            RATE_CARD
                .OWNER_ACCOUNT_ID
                .eq(owner)
                .and(RATE_CARD.DIRECTION.eq(side.name()))
                .and(RATE_CARD.DELETED_AT.isNull()))
        .fetchOptional()
        .map(r -> toCards(List.of(r)).getFirst());
  }

  Page<RateCard> findCards(TenantId tenant, String text, DeckSide side, PageRequest page) {
    List<Condition> c = new ArrayList<>();
    c.add(RATE_CARD.TENANT_ID.eq(tenant.value()));
    c.add(RATE_CARD.DELETED_AT.isNull());
    // the owners in name order (the account feature's), so the page is cut in the database as
    // before
    UUID[] owners =
        directory.named(tenant, text).stream().map(AccountId::value).toArray(UUID[]::new);
    c.add(RATE_CARD.OWNER_ACCOUNT_ID.eq(DSL.any(owners)));
    if (side != null) {
      c.add(RATE_CARD.DIRECTION.eq(side.name()));
    }
    Condition where = DSL.and(c);
    long total = db.fetchCount(db.selectOne().from(RATE_CARD).where(where));
    Field<Integer> byOwnerName =
        DSL.field(
            "array_position({0}, {1})", Integer.class, DSL.val(owners), RATE_CARD.OWNER_ACCOUNT_ID);
    List<RateCard> rows =
        toCards(
            cards()
                .where(where)
                .orderBy(byOwnerName, RATE_CARD.DIRECTION.desc())
                .offset(page.offset())
                .limit(page.limit())
                .fetch());
    return new Page<>(rows, total);
  }

  /** Every live card with an active version, over all tenants (to load the rating decks). */
  List<RateCard> activeCards() {
    return toCards(
        cards()
            .where(RATE_CARD.DELETED_AT.isNull().and(RATE_CARD.ACTIVE_VERSION_ID.isNotNull()))
            .fetch());
  }

  void setActive(UUID cardId, UUID versionId, Instant now) {
    db.update(RATE_CARD)
        .set(RATE_CARD.ACTIVE_VERSION_ID, versionId)
        .set(RATE_CARD.VERSION, RATE_CARD.VERSION.plus(1))
        .set(RATE_CARD.UPDATED_AT, now)
        .where(RATE_CARD.ID.eq(cardId))
        .execute();
  }

  int nextVersionNumber(UUID cardId) {
    Integer max =
        db.select(DSL.max(RATE_CARD_VERSION.NUMBER))
            .from(RATE_CARD_VERSION)
            .where(RATE_CARD_VERSION.CARD_ID.eq(cardId))
            .fetchOne(0, Integer.class);
    return max == null ? 1 : max + 1;
  }

  /** Links a version to the stored original of its deck file. */
  void linkOriginal(UUID versionId, UUID fileId) {
    db.update(RATE_CARD_VERSION)
        .set(RATE_CARD_VERSION.ORIGINAL_FILE_ID, fileId)
        .where(RATE_CARD_VERSION.ID.eq(versionId))
        .execute();
  }

  /** Stores a draft version with the counts of its import. */
  RateCardVersion insertDraft(
      UUID id,
      UUID cardId,
      int number,
      UUID baseVersionId,
      ImportMode mode,
      String sourceName,
      Instant closeAt,
      long dataRows,
      long errorRows,
      DeckMerge.Result merge,
      String by,
      Instant now) {
    RateCardVersionRecord r = db.newRecord(RATE_CARD_VERSION);
    r.setId(id);
    r.setCardId(cardId);
    r.setNumber(number);
    r.setBaseVersionId(baseVersionId);
    r.setStatus(RateCardVersionStatus.DRAFT);
    r.setMode(mode.name());
    r.setSourceName(sourceName);
    r.setCloseAt(closeAt);
    r.setDataRows(dataRows);
    r.setErrorRows(errorRows);
    r.setEntries((long) merge.entries().size());
    r.setNewRows(merge.counts().get(ChangeFlag.NEW));
    r.setIncreasedRows(merge.counts().get(ChangeFlag.INCREASE));
    r.setDecreasedRows(merge.counts().get(ChangeFlag.DECREASE));
    r.setUnchangedRows(merge.counts().get(ChangeFlag.UNCHANGED));
    r.setClosedRows(merge.counts().get(ChangeFlag.CLOSED));
    r.setWithdrawnRows(merge.withdrawn());
    r.setLivePrefixesBefore(merge.livePrefixesBefore());
    r.setClosedPrefixes(merge.closedPrefixes());
    r.setCreatedAt(now);
    r.setCreatedBy(by);
    r.setSkippedInvalid(false);
    r.store();
    return toVersion(r);
  }

  Optional<RateCardVersion> version(UUID id) {
    return db.selectFrom(RATE_CARD_VERSION)
        .where(RATE_CARD_VERSION.ID.eq(id))
        .fetchOptional(JooqRateCardRepository::toVersion);
  }

  Page<RateCardVersion> versions(UUID cardId, PageRequest page) {
    Condition where = RATE_CARD_VERSION.CARD_ID.eq(cardId);
    long total = db.fetchCount(RATE_CARD_VERSION, where);
    List<RateCardVersion> rows =
        db.selectFrom(RATE_CARD_VERSION)
            .where(where)
            .orderBy(RATE_CARD_VERSION.NUMBER.desc())
            .offset(page.offset())
            .limit(page.limit())
            .fetch(JooqRateCardRepository::toVersion);
    return new Page<>(rows, total);
  }

  void setStatus(UUID versionId, RateCardVersionStatus status) {
    db.update(RATE_CARD_VERSION)
        .set(RATE_CARD_VERSION.STATUS, status)
        .where(RATE_CARD_VERSION.ID.eq(versionId))
        .execute();
  }

  void markActivated(UUID versionId, String by, Instant now, boolean skippedInvalid) {
    db.update(RATE_CARD_VERSION)
        .set(RATE_CARD_VERSION.STATUS, RateCardVersionStatus.ACTIVE)
        .set(RATE_CARD_VERSION.ACTIVATED_AT, now)
        .set(RATE_CARD_VERSION.ACTIVATED_BY, by)
        .set(RATE_CARD_VERSION.SKIPPED_INVALID, skippedInvalid)
        .where(RATE_CARD_VERSION.ID.eq(versionId))
        .execute();
  }

  private SelectOnConditionStep<Record> cards() {
    return db.select(RATE_CARD.fields())
        .select(ACTIVE.field(RATE_CARD_VERSION.NUMBER))
        .from(RATE_CARD)
        .leftJoin(ACTIVE)
        .on(ACTIVE.field(RATE_CARD_VERSION.ID).eq(RATE_CARD.ACTIVE_VERSION_ID));
  }

  private List<RateCard> toCards(List<? extends Record> rows) {
    Map<AccountId, String> names =
        directory.names(
            rows.stream().map(r -> new AccountId(r.get(RATE_CARD.OWNER_ACCOUNT_ID))).toList());
    return rows.stream()
        .map(r -> toCard(r, names.get(new AccountId(r.get(RATE_CARD.OWNER_ACCOUNT_ID)))))
        .collect(Collectors.toList());
  }

  private static RateCard toCard(Record r, String accountName) {
    Integer active = r.get(ACTIVE.field(RATE_CARD_VERSION.NUMBER));
    return new RateCard(
        r.get(RATE_CARD.ID),
        r.get(RATE_CARD.TENANT_ID),
        r.get(RATE_CARD.OWNER_ACCOUNT_ID),
        accountName,
        DeckSide.valueOf(r.get(RATE_CARD.DIRECTION)),
        new CurrencyCode(r.get(RATE_CARD.CURRENCY)),
        r.get(RATE_CARD.ACTIVE_VERSION_ID),
        active == null ? 0 : active,
        r.get(RATE_CARD.VERSION),
        r.get(RATE_CARD.CREATED_AT));
  }

  static RateCardVersion toVersion(RateCardVersionRecord r) {
    return new RateCardVersion(
        r.getId(),
        r.getCardId(),
        r.getNumber(),
        r.getBaseVersionId(),
        r.getStatus(),
        ImportMode.valueOf(r.getMode()),
        r.getSourceName(),
        r.getCloseAt(),
        r.getDataRows(),
        r.getErrorRows(),
        r.getEntries(),
        r.getNewRows(),
        r.getIncreasedRows(),
        r.getDecreasedRows(),
        r.getUnchangedRows(),
        r.getClosedRows(),
        r.getWithdrawnRows(),
        r.getLivePrefixesBefore(),
        r.getClosedPrefixes(),
        r.getCreatedAt(),
        r.getCreatedBy(),
        r.getActivatedAt(),
        r.getActivatedBy(),
        r.getSkippedInvalid());
  }
}
