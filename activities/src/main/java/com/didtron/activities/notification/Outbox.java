package com.didtron.activities.notification;

import static com.didtron.activities.db.Tables.EMAIL_OUTBOX;

import com.didtron.activities.Facade;
import com.didtron.activities.db.tables.records.EmailOutboxRecord;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.notification.EmailDraft;
import com.didtron.domain.notification.OutboxMessage;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The email outbox. {@link #enqueue} stores a message in the caller's transaction (so an alert
 * exists exactly when the change that caused it does); delivery happens later, outside it. Without
 * an email provider configured, messages simply wait here and admins read them in the portal.
 */
@Service
@Facade
public class Outbox {
  private final DSLContext db;
  private final Clock clock;

  public Outbox(DSLContext db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Stores the message unless one with the same dedup key exists; true when stored now. */
  @Transactional
  public boolean enqueue(EmailDraft email) {
    var now = clock.instant();
    return db.insertInto(EMAIL_OUTBOX)
            .set(EMAIL_OUTBOX.ID, UUID.randomUUID())
            .set(EMAIL_OUTBOX.TENANT_ID, email.tenantId() == null ? null : email.tenantId().value())
            .set(EMAIL_OUTBOX.DEDUP_KEY, email.dedupKey())
            .set(EMAIL_OUTBOX.KIND, email.kind())
            .set(EMAIL_OUTBOX.TO_ADDRESS, email.to())
            .set(EMAIL_OUTBOX.TO_NAME, email.toName())
            .set(EMAIL_OUTBOX.SUBJECT, email.subject())
            .set(EMAIL_OUTBOX.HTML_BODY, email.html())
            .set(EMAIL_OUTBOX.TEXT_BODY, email.text())
            .set(EMAIL_OUTBOX.STATUS, OutboxMessage.Status.PENDING)
            .set(EMAIL_OUTBOX.NEXT_ATTEMPT_AT, now)
            .set(EMAIL_OUTBOX.CREATED_AT, now)
            .onConflict(EMAIL_OUTBOX.DEDUP_KEY)
            .doNothing()
            .execute()
        == 1;
  }

  /** The outbox of the actor's tenant, newest first: super admins only. */
  @Transactional(readOnly = true)
  public Page<OutboxMessage> find(Actor actor, OutboxMessage.Status status, PageRequest page) {
    AccessPolicy.requireSuperAdmin(actor);
    Condition where =
        EMAIL_OUTBOX.TENANT_ID.eq(actor.tenantId().value()).or(EMAIL_OUTBOX.TENANT_ID.isNull());
    if (status != null) {
      where = where.and(EMAIL_OUTBOX.STATUS.eq(status));
    }
    long total = db.fetchCount(EMAIL_OUTBOX, where);
    return new Page<>(
        db.selectFrom(EMAIL_OUTBOX)
            .where(where)
            .orderBy(EMAIL_OUTBOX.CREATED_AT.desc(), EMAIL_OUTBOX.ID)
            .offset(page.offset())
            .limit(page.limit())
            .fetch(Outbox::toMessage),
        total);
  }

  /** One message by dedup key, e.g. to show what an alert said. */
  @Transactional(readOnly = true)
  public Optional<OutboxMessage> byDedupKey(String dedupKey) {
    return db.selectFrom(EMAIL_OUTBOX)
        .where(EMAIL_OUTBOX.DEDUP_KEY.eq(dedupKey))
        .fetchOptional(Outbox::toMessage);
  }

  static OutboxMessage toMessage(EmailOutboxRecord r) {
    return new OutboxMessage(
        r.getId(),
        r.getKind(),
        r.getToAddress(),
        r.getSubject(),
        r.getTextBody(),
        r.getStatus(),
        r.getAttempts(),
        r.getLastError(),
        r.getCreatedAt(),
        r.getSentAt());
  }
}
