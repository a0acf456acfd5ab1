package com.didtron.activities.siptest;

import static com.didtron.activities.db.Tables.SIP_OPTIONS_PROBE;

import com.didtron.domain.tenant.TenantId;
import com.didtron.sip.ua.OptionsResult;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqOptionsProbes {
  /** A stored OPTIONS probe. */
  record Probe(Instant at, OptionsResult.Status status, int sipCode, Integer rttMs, String error) {}

  private final DSLContext db;

  JooqOptionsProbes(DSLContext db) {
    this.db = db;
  }

  /** Stores a probe; a probe already stored under the key is kept. */
  void insert(TenantId tenant, UUID carrierId, String probeKey, OptionsResult r) {
    db.insertInto(SIP_OPTIONS_PROBE)
        .set(SIP_OPTIONS_PROBE.TENANT_ID, tenant.value())
        .set(SIP_OPTIONS_PROBE.CARRIER_ID, carrierId)
        .set(SIP_OPTIONS_PROBE.PROBE_KEY, probeKey)
        .set(SIP_OPTIONS_PROBE.AT, r.at())
        .set(SIP_OPTIONS_PROBE.STATUS, r.status())
        .set(SIP_OPTIONS_PROBE.SIP_CODE, r.sipCode())
        .set(SIP_OPTIONS_PROBE.RTT_MS, r.rttMs() == null ? null : r.rttMs().intValue())
        .set(SIP_OPTIONS_PROBE.ERROR, r.error())
        .onConflict(SIP_OPTIONS_PROBE.PROBE_KEY)
        .doNothing()
        .execute();
  }

  Optional<Probe> byKey(String probeKey) {
    return db.selectFrom(SIP_OPTIONS_PROBE)
        .where(SIP_OPTIONS_PROBE.PROBE_KEY.eq(probeKey))
        .fetchOptional(
            r -> new Probe(r.getAt(), r.getStatus(), r.getSipCode(), r.getRttMs(), r.getError()));
  }

  /** The carrier's latest probes, newest first. */
  List<Probe> latest(UUID carrierId, int limit) {
    return db.selectFrom(SIP_OPTIONS_PROBE)
        .where(SIP_OPTIONS_PROBE.CARRIER_ID.eq(carrierId))
        .orderBy(SIP_OPTIONS_PROBE.AT.desc(), SIP_OPTIONS_PROBE.ID.desc())
        .limit(limit)
        .fetch(
            r -> new Probe(r.getAt(), r.getStatus(), r.getSipCode(), r.getRttMs(), r.getError()));
  }

  /** How many of the latest probes failed in a row (up to {@code limit}). */
  int consecutiveFailures(UUID carrierId, int limit) {
    int n = 0;
    for (Probe p : latest(carrierId, limit)) {
      if (p.status() == OptionsResult.Status.OK) {
        break;
      }
      n++;
    }
    return n;
  }
}
