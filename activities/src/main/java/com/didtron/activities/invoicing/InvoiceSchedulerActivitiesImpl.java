package com.didtron.activities.invoicing;

import static com.didtron.activities.db.Tables.INVOICE;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.workflowindex.WorkflowLauncher;
import com.didtron.domain.account.Account;
import com.didtron.domain.invoicing.BillingPeriod;
import com.didtron.domain.tenant.TenantId;
import com.didtron.workflows.invoicing.InvoiceRunRequest;
import com.didtron.workflows.invoicing.InvoiceRunWorkflow;
import com.didtron.workflows.invoicing.InvoiceSchedulerActivities;
import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * For every live customer account (kind CUSTOMER or BOTH), the last billing period that has ended
 * by today (in the account's billing time zone) gets its run unless it has an invoice already. Runs
 * wait for the period's close themselves.
 */
@Component
class InvoiceSchedulerActivitiesImpl implements InvoiceSchedulerActivities {
  private final DSLContext db;
  private final Accounts accounts;
  private final WorkflowLauncher launcher;
  private final Clock clock;

  InvoiceSchedulerActivitiesImpl(
      DSLContext db, Accounts accounts, WorkflowLauncher launcher, Clock clock) {
    this.db = db;
    this.accounts = accounts;
    this.launcher = launcher;
    this.clock = clock;
  }

  @Override
  public int startDueRuns() {
    int started = 0;
    for (Accounts.Billed b : accounts.liveCustomers()) {
      Account a = b.account();
      LocalDate today = LocalDate.ofInstant(clock.instant(), b.terms().zone());
      BillingPeriod period = BillingPeriod.lastEndedBy(b.terms().cycle(), today);
      boolean invoiced =
          db.fetchExists(
              DSL.selectOne()
                  .from(INVOICE)
                  .where(
                      INVOICE
                          .ACCOUNT_ID
                          .eq(a.id().value())
                          .and(INVOICE.PERIOD_KEY.eq(period.key()))));
      if (invoiced) {
        continue;
      }
      TenantId tenant = a.tenantId();
      launcher.start(
          new WorkflowLauncher.Start(
              InvoiceRunWorkflow.class,
              InvoiceRunWorkflow.workflowId(a.id().value(), period.key()),
              "invoice " + a.name() + " " + period.key(),
              tenant,
              null,
              new InvoiceRunRequest(tenant.value(), a.id().value(), period.key())));
      started++;
    }
    return started;
  }
}
