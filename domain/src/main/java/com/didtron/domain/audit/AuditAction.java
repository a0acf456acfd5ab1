package com.didtron.domain.audit;

/** The kinds of change the audit log records. */
public enum AuditAction {
  CREATE,
  UPDATE,
  /** A soft delete: the row stays until its retention period ends. */
  DELETE,
  RESTORE,
  /** The retention purge removed a soft-deleted row for good. */
  PURGE
}
