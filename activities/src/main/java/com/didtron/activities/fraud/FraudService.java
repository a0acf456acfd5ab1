package com.didtron.activities.fraud;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.fraud.FraudAction;
import com.didtron.domain.fraud.FraudEvent;
import com.didtron.domain.fraud.FraudEventId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link FraudEvents}. */
@Service
class FraudService implements FraudEvents {
  static final int MAX_NOTE = 500;

  private final JooqFraudEvents events;
  private final Accounts accounts;
  private final Trunks trunks;
  private final AuditTrail audit;
  private final Clock clock;

  FraudService(
      JooqFraudEvents events, Accounts accounts, Trunks trunks, AuditTrail audit, Clock clock) {
    this.events = events;
    this.accounts = accounts;
    this.trunks = trunks;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public List<FraudEvent> find(Actor actor, FraudFilter filter) {
    AccessPolicy.requireStaff(actor);
    List<FraudEvent> found = events.find(actor.tenantId(), filter);
    Map<AccountId, String> names =
        accounts.names(found.stream().map(FraudEvent::accountId).distinct().toList());
    return found.stream().map(e -> named(e, names.get(e.accountId()))).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public FraudEvent get(Actor actor, FraudEventId id) {
    AccessPolicy.requireStaff(actor);
    return withName(load(actor, id));
  }

  @Override
  @Transactional
  public FraudEvent clear(Actor actor, FraudEventId id, String note) {
    AccessPolicy.requireAdmin(actor);
    FraudEvent before = load(actor, id);
    if (note == null || note.isBlank()) {
      throw new IllegalArgumentException("Give a note on why the event is cleared; it is audited");
    }
    if (note.strip().length() > MAX_NOTE) {
      throw new IllegalArgumentException("The note is longer than " + MAX_NOTE + " characters");
    }
    Instant now = clock.instant();
    if (!events.clear(id, actor.name(), note.strip(), now)) {
      throw new IllegalStateException("The fraud event is cleared already");
    }
    FraudEvent after = events.get(actor.tenantId(), id).orElseThrow();
    audit.record(
        actor,
        before.tenantId(),
        AuditAction.UPDATE,
        FraudActions.ENTITY,
        id.toString(),
        FraudActions.snapshot(before),
        FraudActions.snapshot(after));
    if (before.action() == FraudAction.BLOCK
        && !events.otherOpenBlock(before.accountId(), before.id())) {
      trunks.unblockCalls(
          actor, before.accountId(), "Fraud event " + id + " cleared: " + note.strip());
    }
    return withName(after);
  }

  private FraudEvent load(Actor actor, FraudEventId id) {
    return events
        .get(actor.tenantId(), id)
        .orElseThrow(() -> new NoSuchElementException("No such fraud event"));
  }

  private FraudEvent withName(FraudEvent e) {
    return named(e, accounts.names(List.of(e.accountId())).get(e.accountId()));
  }

  private static FraudEvent named(FraudEvent e, String name) {
    return new FraudEvent(
        e.id(),
        e.tenantId(),
        e.accountId(),
        name,
        e.metric(),
        e.observed(),
        e.threshold(),
        e.sample(),
        e.action(),
        e.reason(),
        e.openedAt(),
        e.clearedAt(),
        e.clearedBy(),
        e.clearNote());
  }
}
