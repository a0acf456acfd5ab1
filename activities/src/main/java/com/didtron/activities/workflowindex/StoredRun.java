package com.didtron.activities.workflowindex;

import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.workflow.WorkflowRun;

/**
 * A run as the index keeps it, with what is needed to start it again after the embedded Temporal
 * server lost it.
 *
 * @param startInput the workflow arguments as a JSON array ({@link StartInput}); null for runs
 *     recorded before the index kept inputs
 * @param cronSchedule the cron schedule of a recurring workflow, else null
 * @param restartedFromRunId the earlier run this one replaces after a restart, else null
 */
public record StoredRun(
    WorkflowRun run,
    TenantId tenant,
    String startInput,
    String cronSchedule,
    String restartedFromRunId) {}
