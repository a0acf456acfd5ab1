package com.didtron.activities.trunk;

import static com.didtron.activities.db.Tables.TRUNK;

import com.didtron.activities.db.tables.records.TrunkRecord;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.trunk.RoutingTier;
import com.didtron.domain.trunk.Transport;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.trunk.TrunkDirection;
import com.didtron.domain.trunk.TrunkDraft;
import com.didtron.domain.trunk.TrunkId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The {@code trunk} table; the digest secret (HA1) is read back only for the switch ({@link
 * #digestSecret}).
 */
@Repository
class JooqTrunkRepository {
  private final DSLContext db;

  JooqTrunkRepository(DSLContext db) {
    this.db = db;
  }

  List<Trunk> find(AccountId account, boolean deleted, Collection<TrunkDirection> directions) {
    return db.selectFrom(TRUNK)
        .where(TRUNK.ACCOUNT_ID.eq(account.value()))
        .and(deleted ? TRUNK.DELETED_AT.isNotNull() : TRUNK.DELETED_AT.isNull())
        .and(TRUNK.DIRECTION.in(directions.stream().map(Enum::name).toList()))
        .orderBy(TRUNK.NAME, TRUNK.ID)
        .fetch(JooqTrunkRepository::toTrunk);
  }

  Optional<Trunk> get(AccountId account, TrunkId id, boolean forUpdate) {
    var query =
        db.selectFrom(TRUNK)
            .where(TRUNK.ID.eq(id.value()))
            .and(TRUNK.ACCOUNT_ID.eq(account.value()));
    return (forUpdate ? query.forUpdate().fetchOptional() : query.fetchOptional())
        .map(JooqTrunkRepository::toTrunk);
  }

  /** The live trunk's HA1, for the switch only. */
  Optional<String> digestSecret(AccountId account, TrunkId id) {
    return db.select(TRUNK.DIGEST_HA1)
        .from(TRUNK)
        .where(TRUNK.ID.eq(id.value()))
        .and(TRUNK.ACCOUNT_ID.eq(account.value()))
        .and(TRUNK.DELETED_AT.isNull())
        .fetchOptional()
        .map(r -> r.get(TRUNK.DIGEST_HA1))
        .map(String::strip);
  }

  boolean hasSecret(TrunkId id) {
    return db.fetchExists(TRUNK, TRUNK.ID.eq(id.value()).and(TRUNK.DIGEST_HA1.isNotNull()));
  }

  boolean nameTaken(AccountId account, String name, TrunkId except) {
    return db.fetchExists(
        TRUNK,
        TRUNK
            .ACCOUNT_ID
            .eq(account.value())
            .and(DSL.lower(TRUNK.NAME).eq(name.toLowerCase(Locale.ROOT)))
            .and(TRUNK.DELETED_AT.isNull())
            .and(other(except)));
  }

  boolean usernameTaken(String username, TrunkId except) {
    return db.fetchExists(
        TRUNK,
        TRUNK.DIGEST_USERNAME.eq(username).and(TRUNK.DELETED_AT.isNull()).and(other(except)));
  }

  /**
   * Whether a live ingress trunk of another account overlaps this source block (either contains the
   * other). Callers hold {@link #lockSources()} so two accounts cannot claim one block at once.
   */
  boolean overlapsOtherAccount(AccountId account, String address) {
    return db.fetchExists(
        TRUNK,
        TRUNK
            .DELETED_AT
            .isNull()
            .and(TRUNK.ACCOUNT_ID.ne(account.value()))
            .and(DSL.condition("{0} && cast({1} as inet)", TRUNK.SOURCE_NET, DSL.val(address))));
  }

  /** Serialises the overlap check and the write that follows it, until the transaction ends. */
  void lockSources() {
    db.execute("SELECT pg_advisory_xact_lock(hashtext('didtron.trunk.source_net'))");
  }

  Trunk insert(TenantId tenant, AccountId account, TrunkDraft d, String ha1, Instant now) {
    TrunkRecord r = db.newRecord(TRUNK);
    r.setId(UUID.randomUUID());
    r.setTenantId(tenant.value());
    r.setAccountId(account.value());
    apply(r, d, ha1);
    r.setVersion(0);
    r.setCreatedAt(now);
    r.setUpdatedAt(now);
    r.store();
    return storeSource(r, d);
  }

  /**
   * @param ha1 the new digest secret, or null to keep the stored one (cleared with the username)
   */
  Trunk update(TrunkId id, TrunkDraft d, String ha1, Instant now) {
    TrunkRecord r = db.fetchSingle(TRUNK, TRUNK.ID.eq(id.value()));
    apply(r, d, ha1 != null ? ha1 : d.username() == null ? null : r.getDigestHa1());
    r.setVersion(r.getVersion() + 1);
    r.setUpdatedAt(now);
    r.store();
    return storeSource(r, d);
  }

  Trunk setDeleted(TrunkId id, Instant deletedAt, String deletedBy, Instant now) {
    TrunkRecord r = db.fetchSingle(TRUNK, TRUNK.ID.eq(id.value()));
    r.setDeletedAt(deletedAt == null ? null : deletedAt);
    r.setDeletedBy(deletedBy);
    r.setVersion(r.getVersion() + 1);
    r.setUpdatedAt(now);
    r.store();
    return toTrunk(r);
  }

  private Trunk storeSource(TrunkRecord r, TrunkDraft d) {
    String source = d.direction() == TrunkDirection.INGRESS ? d.address() : null;
    Field<Object> net = DSL.field("cast({0} as inet)", TRUNK.SOURCE_NET.getType(), DSL.val(source));
    db.update(TRUNK).set(Map.of(TRUNK.SOURCE_NET, net)).where(TRUNK.ID.eq(r.getId())).execute();
    return toTrunk(r);
  }

  private static void apply(TrunkRecord r, TrunkDraft d, String ha1) {
    r.setName(d.name());
    r.setDirection(d.direction().name());
    r.setAddress(d.address());
    r.setTransport(d.transport().name());
    r.setTechPrefix(d.techPrefix());
    r.setStrip(d.strip());
    r.setPrepend(d.prepend());
    r.setMaxChannels(d.maxChannels());
    r.setMaxCps(d.maxCps());
    r.setCodecs(d.codecs().toArray(String[]::new));
    r.setTier(d.tier() == null ? null : d.tier().name());
    r.setDigestUsername(d.username());
    r.setDigestHa1(d.username() == null ? null : ha1);
    r.setStatus(d.status());
  }

  private static Condition other(TrunkId except) {
    return except == null ? DSL.trueCondition() : TRUNK.ID.ne(except.value());
  }

  static Trunk toTrunk(TrunkRecord r) {
    return new Trunk(
        new TrunkId(r.getId()),
        new TenantId(r.getTenantId()),
        new AccountId(r.getAccountId()),
        r.getName(),
        TrunkDirection.valueOf(r.getDirection()),
        r.getAddress(),
        Transport.valueOf(r.getTransport()),
        r.getTechPrefix(),
        r.getStrip(),
        r.getPrepend(),
        r.getMaxChannels(),
        r.getMaxCps(),
        List.of(r.getCodecs()),
        r.getTier() == null ? null : RoutingTier.valueOf(r.getTier()),
        r.getDigestUsername(),
        r.getStatus(),
        r.getVersion(),
        r.getCreatedAt(),
        r.getUpdatedAt(),
        r.getDeletedAt() == null ? null : r.getDeletedAt());
  }
}
