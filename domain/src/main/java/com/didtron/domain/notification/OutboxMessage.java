package com.didtron.domain.notification;

import java.time.Instant;
import java.util.UUID;

/** A message in the email outbox and how its delivery went. */
public record OutboxMessage(
    UUID id,
    String kind,
    String to,
    String subject,
    String text,
    Status status,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant sentAt) {

  /** PENDING until delivered (SENT) or given up after repeated failures (FAILED). */
  public enum Status {
    PENDING,
    SENT,
    FAILED
  }
}
