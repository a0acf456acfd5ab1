package com.didtron.activities.switchpush;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.balance.BalanceMonitor;
import com.didtron.activities.did.DidsInService;
import com.didtron.activities.ratedeck.ActiveDecks;
import com.didtron.activities.switchsync.HostedSwitch;
import com.didtron.activities.switchsync.SwitchObjectRefs;
import com.didtron.activities.switchsync.SyncTargets;
import com.didtron.activities.trunk.Trunks;
import com.didtron.activities.workflowindex.RecurringWorkflow;
import com.didtron.activities.workflowindex.WorkflowLauncher;
import com.didtron.workflows.switchsync.SwitchSyncWorkflow;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One sync workflow per target, started with the platform (as the recurring workflows are, but
 * running for good rather than on a cron): {@code switch-sync-kamailio} unless {@code
 * didtron.switch.kamailio.sync-enabled=false}, {@code switch-sync-connexcs} when ConnexCS is
 * configured.
 */
@Configuration
class SwitchSyncScheduling {
  @Bean
  @ConditionalOnProperty(
      name = "didtron.switch.kamailio.sync-enabled",
      havingValue = "true",
      matchIfMissing = true)
  RecurringWorkflow kamailioSync() {
    return new TargetSync(SyncTargets.KAMAILIO);
  }

  @Bean
  @ConditionalOnExpression("!'${didtron.connexcs.username:}'.isBlank()")
  RecurringWorkflow hostedSync(HostedSwitch hosted) {
    return new TargetSync(hosted.name());
  }

  @Bean
  @ConditionalOnExpression("!'${didtron.connexcs.username:}'.isBlank()")
  HostedSwitchPusher hostedPusher(
      HostedSwitch hosted,
      Accounts accounts,
      BalanceMonitor balances,
      SwitchObjectRefs refs,
      ActiveDecks decks,
      Trunks trunks,
      AccountBlocks blocks,
      DidsInService dids,
      Clock clock) {
    return new HostedSwitchPusher(
        hosted, accounts, balances, refs, decks, trunks, blocks, dids, clock);
  }

  /** The sync workflow of one target: no cron, the target as its argument. */
  record TargetSync(String target) implements RecurringWorkflow {
    @Override
    public Class<?> workflowType() {
      return SwitchSyncWorkflow.class;
    }

    @Override
    public String workflowId() {
      return SwitchSyncWorkflow.idFor(target);
    }

    @Override
    public String businessKey() {
      return "switch-sync-" + target;
    }

    /** None: the workflow runs for good and wakes itself. */
    @Override
    public String cron() {
      return null;
    }

    @Override
    public boolean required() {
      return false;
    }

    @Override
    public WorkflowLauncher.Start start() {
      return new WorkflowLauncher.Start(
          workflowType(), workflowId(), businessKey(), null, null, target);
    }
  }
}
