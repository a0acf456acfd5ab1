package com.didtron.workflows.fx;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The daily FX rate refresh: fetches the day's published rates (Open Exchange Rates) and caches
 * them in PostgreSQL, so postings in foreign currencies find the rate of their date. Runs on a
 * Temporal cron schedule (daily by default); without an OXR app id it records that it skipped.
 */
@WorkflowInterface
public interface FxRatesWorkflow {
  /** Workflow id of the scheduled refresh: one per platform. */
  String SCHEDULED_ID = "fx-rates-daily";

  @WorkflowMethod
  FxFetchResult refresh();
}
