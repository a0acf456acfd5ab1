package com.didtron.workflows.cdr;

import io.temporal.activity.ActivityInterface;

/** The steps of an inbox sweep; each file is ingested chunk by chunk in its own transactions. */
@ActivityInterface
public interface CdrInboxActivities {
  /** The CDR files waiting in every tenant's inbox directory. */
  InboxListing list();

  /**
   * Ingests one file and moves it to {@code done/} (or {@code failed/} with the reason).
   * Idempotent: a file already moved is skipped, and CDRs stored by an interrupted earlier attempt
   * come back as duplicates, never charged twice.
   */
  InboxFileResult ingest(InboxFileRequest request);
}
