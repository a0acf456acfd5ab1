package com.didtron.activities.fraud;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.fraud.FraudAction;
import com.didtron.domain.fraud.FraudEvent;
import com.didtron.domain.fraud.FraudEventId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a finding and takes its action, all in one transaction: the event (opened, or raised to a
 * stronger action), its audit entry, the staff notification, and the block or suspension through
 * the trunk feature (which audits it and records it for the switch).
 */
@Component
class FraudActions {
  static final String ENTITY = "fraud_event";
  static final String ACTOR = "fraud-detector";

  private final JooqFraudEvents events;
  private final Trunks trunks;
  private final AuditTrail audit;
  private final FraudNotifier notifier;
  private final Clock clock;

  FraudActions(
      JooqFraudEvents events,
      Trunks trunks,
      AuditTrail audit,
      FraudNotifier notifier,
      Clock clock) {
    this.events = events;
    this.trunks = trunks;
    this.audit = audit;
    this.notifier = notifier;
    this.clock = clock;
  }

  /** The event opened or escalated by this finding; empty when the open one covers it already. */
  @Transactional
  Optional<FraudEvent> apply(Account account, Finding f) {
    Optional<FraudEvent> open = events.openForUpdate(account.id(), f.metric());
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as the database keeps it
    Actor actor = Actor.system(ACTOR, account.tenantId());
    FraudEvent event;
    switch (FraudJudge.step(open.map(FraudEvent::action), Optional.of(f))) {
      case KEEP -> {
        return Optional.empty();
      }
      case OPEN -> {
        event = event(new FraudEventId(UUID.randomUUID()), account, f, now, now);
        events.insert(event);
        audit.record(
            actor,
            account.tenantId(),
            AuditAction.CREATE,
            ENTITY,
            event.id().toString(),
            null,
            snapshot(event));
      }
      default -> {
        FraudEvent before = open.orElseThrow();
        events.escalate(before.id(), f, now);
        event = event(before.id(), account, f, before.openedAt(), now);
        audit.record(
            actor,
            account.tenantId(),
            AuditAction.UPDATE,
            ENTITY,
            event.id().toString(),
            snapshot(before),
            snapshot(event));
      }
    }
    act(actor, account, event);
    notifier.notifyStaff(event, account.name());
    return Optional.of(event);
  }

  private void act(Actor actor, Account account, FraudEvent e) {
    String reason = "Fraud " + e.metric() + ": " + e.reason();
    if (e.action() == FraudAction.BLOCK) {
      trunks.blockCalls(actor, account.id(), reason);
    } else if (e.action() == FraudAction.SUSPEND) {
      trunks.suspend(actor, account.id(), reason);
    }
  }

  private static FraudEvent event(
      FraudEventId id, Account account, Finding f, Instant opened, Instant now) {
    return new FraudEvent(
        id,
        account.tenantId(),
        account.id(),
        account.name(),
        f.metric(),
        f.observed(),
        f.threshold(),
        f.sample(),
        f.action(),
        f.reason(),
        opened,
        null,
        null,
        null);
  }

  static Map<String, Object> snapshot(FraudEvent e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("account", e.accountId().toString());
    m.put("metric", e.metric().name());
    m.put("observed", e.observed().toPlainString());
    m.put("threshold", e.threshold().toPlainString());
    m.put("sample", e.sample());
    m.put("action", e.action().name());
    m.put("reason", e.reason());
    m.put("openedAt", e.openedAt().toString());
    m.put("clearedAt", e.clearedAt() == null ? null : e.clearedAt().toString());
    m.put("clearedBy", e.clearedBy());
    m.put("clearNote", e.clearNote());
    return m;
  }
}
