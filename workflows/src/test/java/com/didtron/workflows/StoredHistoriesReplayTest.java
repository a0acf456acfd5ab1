package com.didtron.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.testing.WorkflowReplayer;
import io.temporal.workflow.WorkflowInterface;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the committed history of every workflow (recorded from the version in production, see
 * {@link HistoryRecorder}) against today's implementation: a change that would break a workflow
 * already running, sleeping for weeks, fails the build here. Such changes go through {@code
 * Workflow.getVersion}.
 */
class StoredHistoriesReplayTest {
  static final String RESOURCES = "histories/";

  /**
   * Every workflow implementation of the module: a class (not an interface) implementing a
   * {@code @WorkflowInterface}.
   */
  static List<Class<?>> workflowImplementations() throws IOException, URISyntaxException {
    Path root =
        Path.of(TaskQueues.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(root::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(
              name ->
                  name.substring(0, name.length() - ".class".length())
                      .replace('/', '.')
                      .replace('\\', '.'))
          .map(StoredHistoriesReplayTest::load)
          .filter(StoredHistoriesReplayTest::isWorkflowImplementation)
          .sorted((a, b) -> a.getName().compareTo(b.getName()))
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, StoredHistoriesReplayTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isWorkflowImplementation(Class<?> type) {
    return !type.isInterface()
        && Arrays.stream(type.getInterfaces())
            .anyMatch(i -> i.isAnnotationPresent(WorkflowInterface.class));
  }

  static String resourceOf(Class<?> implementation) {
    return RESOURCES + implementation.getSimpleName() + ".json";
  }

  @Test
  void everyWorkflowImplementationOfTheModuleHasAStoredHistory() throws Exception {
    List<Class<?>> implementations = workflowImplementations();

    assertThat(implementations).hasSizeGreaterThanOrEqualTo(11);
    assertThat(implementations)
        .allSatisfy(
            impl ->
                assertThat(
                        StoredHistoriesReplayTest.class
                            .getClassLoader()
                            .getResource(resourceOf(impl)))
                    .as(
                        "stored history %s (record it with -D%s=true)",
                        resourceOf(impl), HistoryRecorder.PROPERTY)
                    .isNotNull());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workflowImplementations")
  void theStoredHistoryReplaysAgainstTodaysImplementation(Class<?> implementation)
      throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        resourceOf(implementation), implementation);
  }
}
