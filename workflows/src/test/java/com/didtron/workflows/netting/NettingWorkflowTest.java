package com.didtron.workflows.netting;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.workflows.HistoryRecorder;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NettingWorkflowTest {
  static final List<String> runs = new ArrayList<>();

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .setWorkflowTypes(NettingWorkflowImpl.class)
          .setActivityImplementations(
              (NettingActivities)
                  workflowId -> {
                    runs.add(workflowId);
                    return 2;
                  })
          .build();

  @Test
  void eachScheduledRunProposesNettingUnderItsOwnWorkflowId(
      WorkflowClient client, WorkflowOptions options) throws Exception {
    NettingWorkflow w =
        client.newWorkflowStub(
            NettingWorkflow.class,
            WorkflowOptions.newBuilder(options).setWorkflowId("netting-test").build());
    assertThat(w.propose()).isEqualTo(2);
    assertThat(runs).containsExactly("netting-test");
    HistoryRecorder.recordIfAsked(client, "netting-test", NettingWorkflowImpl.class);
    WorkflowReplayer.replayWorkflowExecution(
        client.fetchHistory("netting-test"), NettingWorkflowImpl.class);
  }
}
