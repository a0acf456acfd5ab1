package com.didtron.workflows.cdr;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Picks up CDR files dropped into the inbox directory ({@code
 * <inbox>/<tenant-code>/[<source>/]*.csv}, written there by switch adapters or operators), ingests
 * each (parse, rate, store, charge) and moves it out of the way. Runs on a Temporal cron schedule
 * and can be started by hand.
 */
@WorkflowInterface
public interface CdrInboxWorkflow {
  /** Workflow id of the scheduled sweep: one schedule per platform. */
  String SCHEDULED_ID = "cdr-inbox";

  @WorkflowMethod
  InboxReport sweep();
}
