package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;
import com.didtron.workflows.TaskQueues;
import com.didtron.workflows.switchsync.SwitchSyncWorkflow;
import io.temporal.client.BatchRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes the sync workflow of each target once the transaction that recorded changes has committed
 * (signal-with-start: a workflow that is not running yet is started). A failed signal is only
 * logged: the change is in the outbox and the workflow's timer picks it up.
 */
@Facade
@Component
public class SwitchSyncSignal {
  private static final Logger log = LoggerFactory.getLogger(SwitchSyncSignal.class);
  private final ObjectProvider<WorkflowClient> client;

  SwitchSyncSignal(ObjectProvider<WorkflowClient> client) {
    this.client = client;
  }

  /** Signals the targets after the current transaction commits (once per transaction). */
  public void afterCommit(List<String> targets) {
    if (targets.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    Object key = SwitchSyncSignal.class;
    @SuppressWarnings("unchecked")
    Set<String> pending = (Set<String>) TransactionSynchronizationManager.getResource(key);
    if (pending == null) {
      Set<String> created = new LinkedHashSet<>();
      TransactionSynchronizationManager.bindResource(key, created);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(key);
              if (status == STATUS_COMMITTED) {
                created.forEach(SwitchSyncSignal.this::signal);
              }
            }
          });
      pending = created;
    }
    pending.addAll(targets);
  }

  /** Wakes (or starts) the sync workflow of {@code target} now. */
  public void signal(String target) {
    WorkflowClient temporal = client.getIfAvailable();
    if (temporal == null) {
      return;
    }
    try {
      SwitchSyncWorkflow workflow =
          temporal.newWorkflowStub(
              SwitchSyncWorkflow.class,
              WorkflowOptions.newBuilder()
                  .setTaskQueue(TaskQueues.PLATFORM)
                  .setWorkflowId(SwitchSyncWorkflow.idFor(target))
                  .build());
      BatchRequest request = temporal.newSignalWithStartRequest();
      request.add(workflow::sync, target);
      request.add(workflow::changed);
      temporal.signalWithStart(request);
    } catch (RuntimeException e) {
      log.warn("Could not wake the switch sync of {}: {}", target, e.getMessage());
    }
  }
}
