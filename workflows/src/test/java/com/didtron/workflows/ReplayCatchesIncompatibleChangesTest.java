package com.didtron.workflows;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.workflows.netting.NettingActivities;
import com.didtron.workflows.netting.NettingWorkflow;
import io.temporal.activity.ActivityOptions;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@link StoredHistoriesReplayTest} catches a change that would break running
 * workflows, and that the same change made through {@code Workflow.getVersion} passes.
 */
class ReplayCatchesIncompatibleChangesTest {
  static final String NETTING_HISTORY = "histories/NettingWorkflowImpl.json";

  private static NettingActivities activities() {
    return Workflow.newActivityStub(
        NettingActivities.class,
        ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMinutes(5)).build());
  }

  /** The netting workflow with a timer added before its activity, without a version marker. */
  public static class UnversionedChange implements NettingWorkflow {
    @Override
    public int propose() {
      Workflow.sleep(Duration.ofMinutes(1));
      return activities().proposeAll(Workflow.getInfo().getWorkflowId());
    }
  }

  /**
   * The same change behind {@code Workflow.getVersion}: runs recorded before it keep the old path.
   */
  public static class VersionedChange implements NettingWorkflow {
    @Override
    public int propose() {
      if (Workflow.getVersion("pause-before-proposing", Workflow.DEFAULT_VERSION, 1) >= 1) {
        Workflow.sleep(Duration.ofMinutes(1));
      }
      return activities().proposeAll(Workflow.getInfo().getWorkflowId());
    }
  }

  @Test
  void aTimerAddedBeforeTheFirstActivityFailsTheReplayOfTheStoredHistory() {
    assertThatThrownBy(
            () ->
                WorkflowReplayer.replayWorkflowExecutionFromResource(
                    NETTING_HISTORY, UnversionedChange.class))
        .hasStackTraceContaining("NonDeterministicException");
  }

  @Test
  void theSameChangeBehindWorkflowGetVersionReplaysTheStoredHistory() {
    assertThatCode(
            () ->
                WorkflowReplayer.replayWorkflowExecutionFromResource(
                    NETTING_HISTORY, VersionedChange.class))
        .doesNotThrowAnyException();
  }
}
