package com.didtron.activities.did;

import com.didtron.activities.workflowindex.RecurringWorkflow;
import com.didtron.workflows.didrental.DidRentalWorkflow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The daily rental runs on its Temporal cron schedule ({@code didtron.did.rental.cron}, 00:15 UTC
 * by default) and charges the day that just ended; the platform runs on without it if it cannot be
 * scheduled.
 */
@Component
class DidRentalSchedule extends RecurringWorkflow.OnCron {
  DidRentalSchedule(@Value("${didtron.did.rental.cron:15 0 * * *}") String cron) {
    super(DidRentalWorkflow.class, DidRentalWorkflow.SCHEDULED_ID, "did-rental", cron, false);
  }
}
