package com.didtron.activities.siptest;

import static com.didtron.activities.db.Tables.SIP_ALERT;
import static com.didtron.activities.db.Tables.SIP_ALERT_DELIVERY;

import com.didtron.activities.account.Accounts;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.siptest.DeliveryStatus;
import com.didtron.domain.siptest.SipAlertStatus;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
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
class JooqAlerts {
  private final DSLContext db;
  private final Accounts directory;

  JooqAlerts(DSLContext db, Accounts directory) {
    this.db = db;
    this.directory = directory;
  }

  List<SipAlert> openOf(UUID carrierId) {
    return select(
        SIP_ALERT.CARRIER_ID.eq(carrierId).and(SIP_ALERT.STATUS.eq(SipAlertStatus.OPEN)), 0, 100);
  }

  Optional<SipAlert> get(UUID id) {
    return select(SIP_ALERT.ID.eq(id), 0, 1).stream().findFirst();
  }

  Optional<TenantId> tenantOf(UUID id) {
    return db.select(SIP_ALERT.TENANT_ID)
        .from(SIP_ALERT)
        .where(SIP_ALERT.ID.eq(id))
        .fetchOptional(r -> new TenantId(r.value1()));
  }

  /**
   * Opens an alert unless one of the kind is open for the carrier; the new alert's id, or empty.
   */
  Optional<UUID> raise(
      TenantId tenant,
      UUID carrierId,
      String kind,
      String severity,
      boolean penaltyBox,
      String rule,
      BigDecimal value,
      Instant now) {
    UUID id = UUID.randomUUID();
    int inserted =
        db.insertInto(SIP_ALERT)
            .set(SIP_ALERT.ID, id)
            .set(SIP_ALERT.TENANT_ID, tenant.value())
            .set(SIP_ALERT.CARRIER_ID, carrierId)
            .set(SIP_ALERT.KIND, kind)
            .set(SIP_ALERT.SEVERITY, severity)
            .set(SIP_ALERT.STATUS, SipAlertStatus.OPEN)
            .set(SIP_ALERT.PENALTY_BOX, penaltyBox)
            .set(SIP_ALERT.RULE, rule)
            .set(SIP_ALERT.VALUE, value)
            .set(SIP_ALERT.RAISED_AT, now)
            .onConflictDoNothing()
            .execute();
    return inserted == 1 ? Optional.of(id) : Optional.empty();
  }

  void clear(UUID id, String rule, Instant now) {
    db.update(SIP_ALERT)
        .set(SIP_ALERT.STATUS, SipAlertStatus.CLEARED)
        .set(SIP_ALERT.CLEARED_AT, now)
        .set(SIP_ALERT.CLEARED_RULE, rule)
        .where(SIP_ALERT.ID.eq(id).and(SIP_ALERT.STATUS.eq(SipAlertStatus.OPEN)))
        .execute();
  }

  Page<SipAlert> ofTenant(TenantId tenant, Boolean openOnly, PageRequest page) {
    Condition where = SIP_ALERT.TENANT_ID.eq(tenant.value());
    if (Boolean.TRUE.equals(openOnly)) {
      where = where.and(SIP_ALERT.STATUS.eq(SipAlertStatus.OPEN));
    }
    return new Page<>(select(where, page.offset(), page.limit()), db.fetchCount(SIP_ALERT, where));
  }

  /** The delivery status of one notification, if attempted. */
  Optional<DeliveryStatus> delivery(UUID alertId, String event, String channel) {
    return db.select(SIP_ALERT_DELIVERY.STATUS)
        .from(SIP_ALERT_DELIVERY)
        .where(
            SIP_ALERT_DELIVERY
                .ALERT_ID
                .eq(alertId)
                .and(SIP_ALERT_DELIVERY.EVENT.eq(event))
                .and(SIP_ALERT_DELIVERY.CHANNEL.eq(channel)))
        .fetchOptional(r -> r.value1());
  }

  void recordDelivery(
      UUID alertId,
      String event,
      String channel,
      DeliveryStatus status,
      String detail,
      Instant now) {
    db.insertInto(SIP_ALERT_DELIVERY)
        .set(SIP_ALERT_DELIVERY.ALERT_ID, alertId)
        .set(SIP_ALERT_DELIVERY.EVENT, event)
        .set(SIP_ALERT_DELIVERY.CHANNEL, channel)
        .set(SIP_ALERT_DELIVERY.STATUS, status)
        .set(SIP_ALERT_DELIVERY.DETAIL, detail)
        .set(SIP_ALERT_DELIVERY.AT, now)
        .onConflict(
            SIP_ALERT_DELIVERY.ALERT_ID, SIP_ALERT_DELIVERY.EVENT, SIP_ALERT_DELIVERY.CHANNEL)
        .doUpdate()
        .set(SIP_ALERT_DELIVERY.STATUS, status)
        .set(SIP_ALERT_DELIVERY.DETAIL, detail)
        .set(SIP_ALERT_DELIVERY.AT, now)
        .execute();
  }

  private List<SipAlert> select(Condition where, int offset, int limit) {
    return toAlerts(
        db.select(SIP_ALERT.fields())
            .from(SIP_ALERT)
            .where(where)
            .orderBy(SIP_ALERT.RAISED_AT.desc(), SIP_ALERT.ID)
            .offset(offset)
            .limit(limit)
            .fetch());
  }

  private List<SipAlert> toAlerts(List<? extends Record> rows) {
    Map<AccountId, String> names =
        directory.names(
            rows.stream().map(r -> new AccountId(r.get(SIP_ALERT.CARRIER_ID))).toList());
    return rows.stream()
        .map(r -> toAlert(r, names.get(new AccountId(r.get(SIP_ALERT.CARRIER_ID)))))
        .collect(Collectors.toList());
  }

  private static SipAlert toAlert(Record r, String accountName) {
    return new SipAlert(
        r.get(SIP_ALERT.ID),
        r.get(SIP_ALERT.CARRIER_ID),
        accountName,
        r.get(SIP_ALERT.KIND),
        r.get(SIP_ALERT.SEVERITY),
        r.get(SIP_ALERT.STATUS),
        r.get(SIP_ALERT.PENALTY_BOX),
        r.get(SIP_ALERT.RULE),
        r.get(SIP_ALERT.VALUE),
        r.get(SIP_ALERT.RAISED_AT),
        r.get(SIP_ALERT.CLEARED_AT),
        r.get(SIP_ALERT.CLEARED_RULE));
  }
}
