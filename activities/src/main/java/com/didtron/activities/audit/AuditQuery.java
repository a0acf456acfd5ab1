package com.didtron.activities.audit;

import java.time.Instant;

/** Filters of the audit log viewer; every field is optional. */
public record AuditQuery(
    String actor, String entityType, String entityId, Instant from, Instant to) {
  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null, null);
  }
}
