package com.didtron.activities.siptest;

import static com.didtron.activities.db.Tables.CARRIER_SIP_TARGET;

import com.didtron.activities.account.Accounts;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.siptest.SipTargetDraft;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.springframework.stereotype.Repository;

@Repository
class JooqSipTargets {
  private final DSLContext db;
  private final Accounts directory;

  JooqSipTargets(DSLContext db, Accounts directory) {
    this.db = db;
    this.directory = directory;
  }

  Optional<SipTarget> find(UUID carrierId) {
    return select(CARRIER_SIP_TARGET.CARRIER_ID.eq(carrierId)).stream().findFirst();
  }

  List<SipTarget> ofTenant(TenantId tenant) {
    return select(CARRIER_SIP_TARGET.TENANT_ID.eq(tenant.value()));
  }

  /** Monitored targets of live carriers, every tenant: what the monitor probes. */
  List<Monitored> monitored() {
    List<Monitored> monitored =
        db.select(CARRIER_SIP_TARGET.TENANT_ID, CARRIER_SIP_TARGET.CARRIER_ID)
            .from(CARRIER_SIP_TARGET)
            .where(CARRIER_SIP_TARGET.MONITORED.isTrue())
            .orderBy(CARRIER_SIP_TARGET.CARRIER_ID)
            .fetch(r -> new Monitored(new TenantId(r.value1()), r.value2()));
    Set<AccountId> live =
        new HashSet<>(
            directory.liveAmong(
                monitored.stream().map(m -> new AccountId(m.carrierId())).toList()));
    return monitored.stream()
        .filter(m -> live.contains(new AccountId(m.carrierId())))
        .collect(Collectors.toList());
  }

  record Monitored(TenantId tenant, UUID carrierId) {}

  Optional<TenantId> tenantOf(UUID carrierId) {
    return db.select(CARRIER_SIP_TARGET.TENANT_ID)
        .from(CARRIER_SIP_TARGET)
        .where(CARRIER_SIP_TARGET.CARRIER_ID.eq(carrierId))
        .fetchOptional(r -> new TenantId(r.value1()));
  }

  /**
   * Locks the carrier's target row for the transaction (alert evaluation of one carrier at a time).
   */
  Optional<TenantId> lock(UUID carrierId) {
    return db.select(CARRIER_SIP_TARGET.TENANT_ID)
        .from(CARRIER_SIP_TARGET)
        .where(CARRIER_SIP_TARGET.CARRIER_ID.eq(carrierId))
        .forUpdate()
        .fetchOptional(r -> new TenantId(r.value1()));
  }

  private List<SipTarget> select(Condition where) {
    Result<Record> rows =
        db.select(CARRIER_SIP_TARGET.fields()).from(CARRIER_SIP_TARGET).where(where).fetch();
    Map<AccountId, String> names =
        directory.names(
            rows.stream().map(r -> new AccountId(r.get(CARRIER_SIP_TARGET.CARRIER_ID))).toList());
    List<AccountId> byName = new ArrayList<>(names.keySet()); // ordered by name, as the join was
    return rows.stream()
        .sorted(
            Comparator.comparingInt(
                (Record r) -> byName.indexOf(new AccountId(r.get(CARRIER_SIP_TARGET.CARRIER_ID)))))
        .map(r -> toTarget(r, names.get(new AccountId(r.get(CARRIER_SIP_TARGET.CARRIER_ID)))))
        .collect(Collectors.toList());
  }

  void upsert(TenantId tenant, UUID carrierId, SipTargetDraft d, Instant now) {
    db.insertInto(CARRIER_SIP_TARGET)
        .set(CARRIER_SIP_TARGET.CARRIER_ID, carrierId)
        .set(CARRIER_SIP_TARGET.TENANT_ID, tenant.value())
        .set(CARRIER_SIP_TARGET.HOST, d.host())
        .set(CARRIER_SIP_TARGET.PORT, d.port())
        .set(CARRIER_SIP_TARGET.AUTH_USER, d.authUser())
        .set(CARRIER_SIP_TARGET.AUTH_PASSWORD, d.authPassword())
        .set(CARRIER_SIP_TARGET.PROBE_NUMBER, d.probeNumber())
        .set(CARRIER_SIP_TARGET.MONITORED, d.monitored())
        .set(CARRIER_SIP_TARGET.VERSION, 0)
        .set(CARRIER_SIP_TARGET.CREATED_AT, now)
        .set(CARRIER_SIP_TARGET.UPDATED_AT, now)
        .onConflict(CARRIER_SIP_TARGET.CARRIER_ID)
        .doUpdate()
        .set(CARRIER_SIP_TARGET.HOST, d.host())
        .set(CARRIER_SIP_TARGET.PORT, d.port())
        .set(CARRIER_SIP_TARGET.AUTH_USER, d.authUser())
        .set(CARRIER_SIP_TARGET.AUTH_PASSWORD, d.authPassword())
        .set(CARRIER_SIP_TARGET.PROBE_NUMBER, d.probeNumber())
        .set(CARRIER_SIP_TARGET.MONITORED, d.monitored())
        .set(CARRIER_SIP_TARGET.VERSION, CARRIER_SIP_TARGET.VERSION.plus(1))
        .set(CARRIER_SIP_TARGET.UPDATED_AT, now)
        .execute();
  }

  private static SipTarget toTarget(Record r, String accountName) {
    return new SipTarget(
        r.get(CARRIER_SIP_TARGET.CARRIER_ID),
        accountName,
        r.get(CARRIER_SIP_TARGET.HOST),
        r.get(CARRIER_SIP_TARGET.PORT),
        r.get(CARRIER_SIP_TARGET.AUTH_USER),
        r.get(CARRIER_SIP_TARGET.AUTH_PASSWORD),
        r.get(CARRIER_SIP_TARGET.PROBE_NUMBER),
        r.get(CARRIER_SIP_TARGET.MONITORED),
        r.get(CARRIER_SIP_TARGET.VERSION));
  }
}
