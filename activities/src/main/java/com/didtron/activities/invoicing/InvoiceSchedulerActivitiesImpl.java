package com.didtron.activities.invoicing;

import static com.didtron.activities.db.Tables.ACCOUNT;
import static com.didtron.activities.db.Tables.INVOICE;

import com.didtron.activities.workflowindex.WorkflowLauncher;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.BillingPeriod;
import com.didtron.domain.tenant.TenantId;
import com.didtron.workflows.invoicing.InvoiceRunRequest;
import com.didtron.workflows.invoicing.InvoiceRunWorkflow;
import com.didtron.workflows.invoicing.InvoiceSchedulerActivities;
import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * For every live customer account (kind CUSTOMER or BOTH), the last billing period that has ended by
 * today (in the account's billing time zone) gets its run unless it has an invoice already. Runs wait for the period's close themselves.
 */
@Component
class InvoiceSchedulerActivitiesImpl implements InvoiceSchedulerActivities {
  private final DSLContext db;
  private final WorkflowLauncher launcher;
  private final Clock clock;

  InvoiceSchedulerActivitiesImpl(DSLContext db, WorkflowLauncher launcher, Clock clock) {
    this.db = db;
    this.launcher = launcher;
    this.clock = clock;
  }

  @Override
  public int startDueRuns() {
    int started = 0;
    for (Record a : db.select(ACCOUNT.ID, ACCOUNT.TENANT_ID, ACCOUNT.NAME, ACCOUNT.BILLING_CYCLE,
            ACCOUNT.BILLING_TIME_ZONE).from(ACCOUNT)
        .where(ACCOUNT.DELETED_AT.isNull().and(ACCOUNT.KIND.in("CUSTOMER", "BOTH"))).fetch()) {
      LocalDate today = LocalDate.ofInstant(clock.instant(),
          com.didtron.domain.invoicing.BillingTerms.zone(a.get(ACCOUNT.BILLING_TIME_ZONE)));
      BillingPeriod period = BillingPeriod.lastEndedBy(BillingCycle.valueOf(a.get(ACCOUNT.BILLING_CYCLE)), today);
      boolean invoiced = db.fetchExists(DSL.selectOne().from(INVOICE)
          .where(INVOICE.ACCOUNT_ID.eq(a.get(ACCOUNT.ID)).and(INVOICE.PERIOD_KEY.eq(period.key()))));
      if (invoiced) {
        continue;
      }
      TenantId tenant = new TenantId(a.get(ACCOUNT.TENANT_ID));
      launcher.start(new WorkflowLauncher.Start(InvoiceRunWorkflow.class,
          InvoiceRunWorkflow.workflowId(a.get(ACCOUNT.ID), period.key()),
          "invoice " + a.get(ACCOUNT.NAME) + " " + period.key(), tenant, null,
          new InvoiceRunRequest(tenant.value(), a.get(ACCOUNT.ID), period.key())));
      started++;
    }
    return started;
  }
}
