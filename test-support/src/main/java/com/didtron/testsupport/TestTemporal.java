package com.didtron.testsupport;

import io.temporal.activity.ActivityInterface;
import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.workflow.WorkflowInterface;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Temporal's test server inside the test JVM (no port), in real time like the platform's embedded
 * server: a workflow's timers wait as they would in production, so tests start rounds themselves.
 * {@link #startWorker} registers every workflow implementation of a package and every Spring bean
 * implementing an activity interface, as the platform's worker does.
 */
public final class TestTemporal implements AutoCloseable {
  private final TestWorkflowEnvironment environment;

  public TestTemporal() {
    this.environment =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder().setUseTimeskipping(false).build());
  }

  public WorkflowClient client() {
    return environment.getWorkflowClient();
  }

  /**
   * Polls {@code taskQueue} with the workflows under {@code workflowsPackage} and the context's
   * activities.
   */
  public void startWorker(String taskQueue, String workflowsPackage, ApplicationContext context) {
    Worker worker = environment.newWorker(taskQueue);
    workflowImplementations(workflowsPackage).forEach(worker::registerWorkflowImplementationTypes);
    worker.registerActivitiesImplementations(activityBeans(context).toArray());
    environment.start();
  }

  /** The concrete classes under {@code basePackage} implementing a {@link WorkflowInterface}. */
  public static List<Class<?>> workflowImplementations(String basePackage) {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(Object.class));
    List<Class<?>> found = new ArrayList<>();
    for (var candidate : scanner.findCandidateComponents(basePackage)) {
      Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
      if (!type.isInterface()
          && !Modifier.isAbstract(type.getModifiers())
          && implementsAnnotated(type, WorkflowInterface.class)) {
        found.add(type);
      }
    }
    return found;
  }

  private static List<Object> activityBeans(ApplicationContext context) {
    List<Object> beans = new ArrayList<>();
    for (String name : context.getBeanDefinitionNames()) {
      Class<?> type = context.getType(name);
      if (type != null
          && !type.isInterface()
          && implementsAnnotated(type, ActivityInterface.class)) {
        beans.add(context.getBean(name));
      }
    }
    return beans;
  }

  private static boolean implementsAnnotated(Class<?> type, Class<? extends Annotation> a) {
    for (Class<?> i : ClassUtils.getAllInterfacesForClassAsSet(ClassUtils.getUserClass(type))) {
      if (AnnotationUtils.findAnnotation(i, a) != null) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    environment.close();
  }
}
