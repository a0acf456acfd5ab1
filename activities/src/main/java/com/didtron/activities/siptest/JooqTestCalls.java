package com.didtron.activities.siptest;

import static com.didtron.activities.db.Tables.SIP_TEST_CALL;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.db.tables.records.SipTestCallRecord;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.tenant.TenantId;
import com.didtron.sip.quality.MediaReport;
import com.didtron.sip.ua.CallOutcome;
import com.didtron.sip.ua.CallResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
class JooqTestCalls {
  /** Where a stored call came from. */
  enum Source {
    CAMPAIGN,
    MONITOR
  }

  private final DSLContext db;
  private final Accounts directory;

  JooqTestCalls(DSLContext db, Accounts directory) {
    this.db = db;
    this.directory = directory;
  }

  Optional<TestCall> byKey(String callKey) {
    return select(SIP_TEST_CALL.CALL_KEY.eq(callKey), 0, 1).stream().findFirst();
  }

  /** Stores a call; a call already stored under the same key is kept (placing is idempotent). */
  void insert(
      TenantId tenant,
      UUID runId,
      Source source,
      String callKey,
      UUID carrierId,
      String destination,
      CallResult r) {
    SipTestCallRecord rec = db.newRecord(SIP_TEST_CALL);
    rec.setTenantId(tenant.value());
    rec.setRunId(runId);
    rec.setSource(source.name());
    rec.setCallKey(callKey);
    rec.setCarrierId(carrierId);
    rec.setDestination(destination);
    rec.setStartedAt(r.startedAt());
    rec.setResult(r.outcome().name());
    rec.setSipCode(r.sipCode());
    rec.setReason(r.reason());
    rec.setPddMs(r.pddMs() == null ? null : r.pddMs().intValue());
    rec.setSetupMs(r.setupMs() == null ? null : r.setupMs().intValue());
    rec.setDurationMs((int) r.durationMs());
    media(rec, r.media());
    rec.setNetworkEffective(CallOutcome.networkEffective(r.outcome(), r.sipCode()));
    rec.setError(
        r.error() == null ? null : r.error().substring(0, Math.min(r.error().length(), 2000)));
    db.insertInto(SIP_TEST_CALL).set(rec).onConflict(SIP_TEST_CALL.CALL_KEY).doNothing().execute();
  }

  private static void media(SipTestCallRecord rec, MediaReport m) {
    if (m == null) {
      return;
    }
    rec.setPacketsSent((int) m.packetsSent());
    rec.setPacketsReceived((int) m.packetsReceived());
    rec.setLossPct(decimal(m.lossPercent()));
    rec.setJitterMs(decimal(m.jitterMs()));
    rec.setMos(decimal(m.mos()));
  }

  Page<TestCall> ofRun(UUID runId, PageRequest page) {
    Condition where = SIP_TEST_CALL.RUN_ID.eq(runId);
    return new Page<>(
        select(where, page.offset(), page.limit()), db.fetchCount(SIP_TEST_CALL, where));
  }

  List<TestCall> allOfRun(UUID runId) {
    return select(SIP_TEST_CALL.RUN_ID.eq(runId), 0, Integer.MAX_VALUE);
  }

  /** The carrier's latest {@code limit} calls of any source, newest first. */
  List<TestCall> latestOfCarrier(UUID carrierId, int limit) {
    return toCalls(
        db.select(SIP_TEST_CALL.fields())
            .from(SIP_TEST_CALL)
            .where(SIP_TEST_CALL.CARRIER_ID.eq(carrierId))
            .orderBy(SIP_TEST_CALL.STARTED_AT.desc(), SIP_TEST_CALL.ID.desc())
            .limit(limit)
            .fetch());
  }

  /** Calls of the given runs started at or after {@code since}, oldest first (for charts). */
  List<TestCall> ofRunsSince(List<UUID> runIds, Instant since) {
    return toCalls(
        db.select(SIP_TEST_CALL.fields())
            .from(SIP_TEST_CALL)
            .where(SIP_TEST_CALL.RUN_ID.in(runIds).and(SIP_TEST_CALL.STARTED_AT.ge(since)))
            .orderBy(SIP_TEST_CALL.STARTED_AT, SIP_TEST_CALL.ID)
            .fetch());
  }

  int countOfRun(UUID runId) {
    return db.fetchCount(SIP_TEST_CALL, SIP_TEST_CALL.RUN_ID.eq(runId));
  }

  int answeredOfRun(UUID runId) {
    return db.fetchCount(
        SIP_TEST_CALL, SIP_TEST_CALL.RUN_ID.eq(runId).and(SIP_TEST_CALL.RESULT.eq("ANSWERED")));
  }

  private List<TestCall> select(Condition where, int offset, int limit) {
    return toCalls(
        db.select(SIP_TEST_CALL.fields())
            .from(SIP_TEST_CALL)
            .where(where)
            .orderBy(SIP_TEST_CALL.ID)
            .offset(offset)
            .limit(limit)
            .fetch());
  }

  private List<TestCall> toCalls(List<? extends Record> rows) {
    Map<AccountId, String> names =
        directory.names(
            rows.stream().map(r -> new AccountId(r.get(SIP_TEST_CALL.CARRIER_ID))).toList());
    return rows.stream()
        .map(r -> toCall(r, names.get(new AccountId(r.get(SIP_TEST_CALL.CARRIER_ID)))))
        .collect(Collectors.toList());
  }

  static TestCall toCall(Record r, String accountName) {
    return new TestCall(
        r.get(SIP_TEST_CALL.ID),
        r.get(SIP_TEST_CALL.CARRIER_ID),
        accountName,
        r.get(SIP_TEST_CALL.DESTINATION),
        r.get(SIP_TEST_CALL.STARTED_AT),
        CallOutcome.valueOf(r.get(SIP_TEST_CALL.RESULT)),
        r.get(SIP_TEST_CALL.SIP_CODE),
        r.get(SIP_TEST_CALL.REASON),
        r.get(SIP_TEST_CALL.PDD_MS),
        r.get(SIP_TEST_CALL.SETUP_MS),
        r.get(SIP_TEST_CALL.DURATION_MS),
        r.get(SIP_TEST_CALL.PACKETS_SENT),
        r.get(SIP_TEST_CALL.PACKETS_RECEIVED),
        dbl(r.get(SIP_TEST_CALL.LOSS_PCT)),
        dbl(r.get(SIP_TEST_CALL.JITTER_MS)),
        dbl(r.get(SIP_TEST_CALL.MOS)),
        r.get(SIP_TEST_CALL.ERROR));
  }

  private static BigDecimal decimal(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
  }

  private static Double dbl(BigDecimal v) {
    return v == null ? null : v.doubleValue();
  }
}
