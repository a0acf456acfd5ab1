package com.didtron.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.workflows.cdr.CdrInboxWorkflowImpl;
import com.didtron.workflows.cdr.RerateWorkflowImpl;
import com.didtron.workflows.creditnote.CreditNoteWorkflowImpl;
import com.didtron.workflows.did.DidOrderWorkflowImpl;
import com.didtron.workflows.did.DidReleaseWorkflowImpl;
import com.didtron.workflows.did.DidSweepWorkflowImpl;
import com.didtron.workflows.didrental.DidRentalWorkflowImpl;
import com.didtron.workflows.fraud.FraudScanWorkflowImpl;
import com.didtron.workflows.fx.FxRatesWorkflowImpl;
import com.didtron.workflows.invoicing.InvoiceOverdueWorkflowImpl;
import com.didtron.workflows.invoicing.InvoiceRunWorkflowImpl;
import com.didtron.workflows.invoicing.InvoiceSchedulerWorkflowImpl;
import com.didtron.workflows.kyc.KycWorkflowImpl;
import com.didtron.workflows.netting.NettingWorkflowImpl;
import com.didtron.workflows.retention.RetentionPurgeWorkflowImpl;
import com.didtron.workflows.siptest.CarrierMonitorWorkflowImpl;
import com.didtron.workflows.siptest.SipCampaignWorkflowImpl;
import com.didtron.workflows.switchcdr.SwitchCdrPullWorkflowImpl;
import com.didtron.workflows.switchsync.SwitchSyncWorkflowImpl;
import org.junit.jupiter.api.Test;

class WorkflowImplementationsTest {
  @Test
  void theWorkerFindsEveryWorkflowImplementationAndNothingElse() {
    assertThat(WorkflowImplementations.in(WorkflowImplementations.PACKAGE))
        .containsExactlyInAnyOrder(
            RetentionPurgeWorkflowImpl.class,
            CdrInboxWorkflowImpl.class,
            RerateWorkflowImpl.class,
            InvoiceRunWorkflowImpl.class,
            InvoiceSchedulerWorkflowImpl.class,
            CreditNoteWorkflowImpl.class,
            InvoiceOverdueWorkflowImpl.class,
            NettingWorkflowImpl.class,
            FxRatesWorkflowImpl.class,
            SipCampaignWorkflowImpl.class,
            CarrierMonitorWorkflowImpl.class,
            SwitchCdrPullWorkflowImpl.class,
            SwitchSyncWorkflowImpl.class,
            FraudScanWorkflowImpl.class,
            KycWorkflowImpl.class,
            DidOrderWorkflowImpl.class,
            DidRentalWorkflowImpl.class,
            DidReleaseWorkflowImpl.class,
            DidSweepWorkflowImpl.class);
  }

  @Test
  void onlyTheGivenPackageIsSearched() {
    assertThat(WorkflowImplementations.in("com.didtron.workflows.retention"))
        .containsExactly(RetentionPurgeWorkflowImpl.class);
    assertThat(WorkflowImplementations.in("com.didtron.domain")).isEmpty();
  }
}
