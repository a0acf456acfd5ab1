package com.didtron.activities.notification;

import static com.didtron.activities.db.Tables.EMAIL_OUTBOX;

import com.didtron.activities.db.tables.records.EmailOutboxRecord;
import com.didtron.domain.notification.OutboxMessage.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due outbox messages. A batch is claimed in a short transaction (rows locked with SKIP
 * LOCKED, so several nodes share the work; the claim is a lease: a node dying mid-send leaves the
 * message to be retried after it), sent outside any transaction, then marked SENT, or retried with
 * exponential backoff, or FAILED after {@link #MAX_ATTEMPTS} or a permanent refusal.
 */
@Component
public class OutboxDispatcher {
  static final int MAX_ATTEMPTS = 8;
  static final Duration LEASE = Duration.ofMinutes(5);
  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

  private final DSLContext db;
  private final TransactionTemplate tx;
  private final EmailSender sender;
  private final Clock clock;

  public OutboxDispatcher(DSLContext db, TransactionTemplate tx, EmailSender sender, Clock clock) {
    this.db = db;
    this.tx = tx;
    this.sender = sender;
    this.clock = clock;
  }

  /** Why messages stay in the outbox, or null when they are being delivered. */
  public String notSendingBecause() {
    return sender.unavailableReason();
  }

  @Scheduled(fixedDelayString = "${didtron.outbox.dispatch-ms:5000}")
  void scheduled() {
    if (sender.unavailableReason() == null) {
      dispatchDue(20);
    }
  }

  /** Sends up to {@code limit} due messages; returns how many were delivered. */
  public int dispatchDue(int limit) {
    List<EmailOutboxRecord> claimed = tx.execute(s -> claim(limit));
    int sent = 0;
    for (EmailOutboxRecord m : claimed) {
      sent += deliver(m) ? 1 : 0;
    }
    return sent;
  }

  private List<EmailOutboxRecord> claim(int limit) {
    Instant now = clock.instant();
    List<EmailOutboxRecord> due =
        db.selectFrom(EMAIL_OUTBOX)
            .where(EMAIL_OUTBOX.STATUS.eq(Status.PENDING))
            .and(EMAIL_OUTBOX.NEXT_ATTEMPT_AT.le(now))
            .orderBy(EMAIL_OUTBOX.NEXT_ATTEMPT_AT)
            .limit(limit)
            .forUpdate()
            .skipLocked()
            .fetch();
    for (EmailOutboxRecord r : due) {
      r.setAttempts(r.getAttempts() + 1);
      r.setNextAttemptAt(now.plus(LEASE));
      r.store();
    }
    return due;
  }

  private boolean deliver(EmailOutboxRecord m) {
    UUID id = m.getId();
    try {
      String providerId =
          sender.send(
              new EmailSender.Outgoing(
                  id.toString(),
                  m.getToAddress(),
                  m.getToName(),
                  m.getSubject(),
                  m.getHtmlBody(),
                  m.getTextBody()));
      mark(id, Status.SENT, null, providerId, null);
      return true;
    } catch (EmailSender.DeliveryFailure e) {
      boolean giveUp = e.permanent() || m.getAttempts() >= MAX_ATTEMPTS;
      log.warn(
          "Email {} to {} not delivered (attempt {}): {}",
          id,
          m.getToAddress(),
          m.getAttempts(),
          e.getMessage());
      Duration backoff = Duration.ofSeconds(30L << Math.min(m.getAttempts(), 10));
      mark(
          id,
          giveUp ? Status.FAILED : Status.PENDING,
          e.getMessage(),
          null,
          clock.instant().plus(backoff));
      return false;
    }
  }

  private void mark(UUID id, Status status, String error, String providerId, Instant next) {
    var update =
        db.update(EMAIL_OUTBOX)
            .set(EMAIL_OUTBOX.STATUS, status)
            .set(EMAIL_OUTBOX.LAST_ERROR, error);
    if (status == Status.SENT) {
      update =
          update
              .set(EMAIL_OUTBOX.PROVIDER_ID, providerId)
              .set(EMAIL_OUTBOX.SENT_AT, clock.instant());
    }
    if (next != null) {
      update = update.set(EMAIL_OUTBOX.NEXT_ATTEMPT_AT, next);
    }
    update.where(EMAIL_OUTBOX.ID.eq(id)).execute();
  }
}
