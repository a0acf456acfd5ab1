package com.didtron.workflows;

import io.temporal.client.WorkflowClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the history of a finished workflow to {@code src/test/resources/histories/<Impl>.json},
 * where {@link StoredHistoriesReplayTest} replays it on every build. It writes only when the build
 * runs with {@code -Ddidtron.record-histories=true}; otherwise it does nothing. Each workflow's
 * representative test calls it once, after the run it asserts on.
 *
 * <p>Re-record (after a change made through {@code Workflow.getVersion}, never to hide a broken
 * replay): {@code mvnlock -B -o verify -pl workflows -am -Ddidtron.record-histories=true}.
 */
public final class HistoryRecorder {
  /** System property that switches recording on. */
  public static final String PROPERTY = "didtron.record-histories";

  static final Path DIRECTORY = Path.of("src", "test", "resources", "histories");

  private HistoryRecorder() {}

  /**
   * Stores the history of {@code workflowId} under the name of {@code implementation}, if asked to.
   */
  public static void recordIfAsked(
      WorkflowClient client, String workflowId, Class<?> implementation) {
    if (!Boolean.getBoolean(PROPERTY)) {
      return;
    }
    record(client.fetchHistory(workflowId).toJson(true), workflowId, implementation);
  }

  /**
   * As {@link #recordIfAsked(WorkflowClient, String, Class)}, for one run of a workflow that
   * continues as new (its first run's history, which ends there).
   */
  public static void recordIfAsked(
      WorkflowClient client, String workflowId, String runId, Class<?> implementation) {
    if (!Boolean.getBoolean(PROPERTY)) {
      return;
    }
    record(client.fetchHistory(workflowId, runId).toJson(true), workflowId, implementation);
  }

  private static void record(String json, String workflowId, Class<?> implementation) {
    try {
      Files.createDirectories(DIRECTORY);
      Files.writeString(DIRECTORY.resolve(implementation.getSimpleName() + ".json"), json);
    } catch (IOException e) {
      throw new UncheckedIOException("could not store the history of " + workflowId, e);
    }
  }
}
