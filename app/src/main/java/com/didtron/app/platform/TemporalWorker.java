package com.didtron.app.platform;

import com.didtron.activities.workflowindex.RecurringWorkflows;
import com.didtron.activities.workflowindex.WorkflowIndexRefresher;
import com.didtron.activities.workflowindex.WorkflowRecovery;
import com.didtron.workflows.TaskQueues;
import io.temporal.activity.ActivityInterface;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The Temporal worker inside the platform. It starts only once the application is ready (a blocking
 * workflow call during startup would deadlock), registers every workflow implementation ({@link
 * WorkflowImplementations}) and every Spring bean implementing an activity interface, and makes
 * sure every recurring workflow ({@code RecurringWorkflow} bean) is scheduled.
 */
@Component
class TemporalWorker {
  private static final Logger log = LoggerFactory.getLogger(TemporalWorker.class);

  private final WorkerFactory factory;
  private final ApplicationContext context;
  private final WorkflowIndexRefresher refresher;
  private final RecurringWorkflows recurring;
  private final WorkflowRecovery recovery;
  private final boolean embedded;
  private volatile boolean started;

  TemporalWorker(
      WorkflowClient client,
      ApplicationContext context,
      WorkflowIndexRefresher refresher,
      RecurringWorkflows recurring,
      WorkflowRecovery recovery,
      TemporalConfig.TemporalTarget target) {
    this.factory = WorkerFactory.newInstance(client);
    this.context = context;
    this.refresher = refresher;
    this.recurring = recurring;
    this.recovery = recovery;
    this.embedded = target.isEmbedded();
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    Worker worker = factory.newWorker(TaskQueues.PLATFORM);
    List<Class<?>> workflows = WorkflowImplementations.in(WorkflowImplementations.PACKAGE);
    workflows.forEach(worker::registerWorkflowImplementationTypes);
    List<Object> activities = activityBeans();
    worker.registerActivitiesImplementations(activities.toArray());
    factory.start();
    log.info(
        "Temporal worker polling {} with {} workflow types and {} activity beans",
        TaskQueues.PLATFORM,
        workflows.size(),
        activities.size());
    if (embedded) {
      // the embedded server starts empty: bring back what the index holds as running
      WorkflowRecovery.Outcome outcome = recovery.restartLostRuns();
      if (outcome.restarted() + outcome.lost() > 0) {
        log.info(
            "Workflows after the restart: {} started again, {} lost (no stored input)",
            outcome.restarted(),
            outcome.lost());
      }
    }
    started = true;
    recurring.ensureScheduled();
  }

  private List<Object> activityBeans() {
    List<Object> beans = new ArrayList<>();
    for (String name : context.getBeanDefinitionNames()) {
      Class<?> type = context.getType(name);
      if (type != null && !type.isInterface() && implementsActivity(type)) {
        beans.add(context.getBean(name));
      }
    }
    return beans;
  }

  private static boolean implementsActivity(Class<?> type) {
    for (Class<?> i : ClassUtils.getAllInterfacesForClassAsSet(ClassUtils.getUserClass(type))) {
      if (AnnotationUtils.findAnnotation(i, ActivityInterface.class) != null) {
        return true;
      }
    }
    return false;
  }

  /** Keeps the workflow index in step with Temporal. */
  @Scheduled(fixedDelayString = "${didtron.workflow-index.refresh-ms:5000}")
  void refreshIndex() {
    if (!started) {
      return;
    }
    try {
      refresher.refresh();
    } catch (RuntimeException e) {
      log.warn("Workflow index refresh failed: {}", e.getMessage());
    }
  }

  /**
   * Keeps a copy of the histories of running workflows in PostgreSQL (embedded Temporal only), so
   * that a hard stop loses at most this interval of history.
   */
  @Scheduled(
      fixedDelayString = "${didtron.workflow-index.archive-ms:60000}",
      initialDelayString = "${didtron.workflow-index.archive-ms:60000}")
  void archiveOpenRuns() {
    if (!started || !embedded) {
      return;
    }
    try {
      recovery.archiveOpenRuns();
    } catch (RuntimeException e) {
      log.warn("Archiving running workflow histories failed: {}", e.getMessage());
    }
  }

  @PreDestroy
  void stop() throws InterruptedException {
    if (started && embedded) {
      try {
        log.info(
            "Archived the histories of {} running workflows before shutdown",
            recovery.archiveOpenRuns());
      } catch (RuntimeException e) {
        log.warn("Archiving running workflow histories before shutdown failed: {}", e.getMessage());
      }
    }
    factory.shutdown();
    factory.awaitTermination(10, TimeUnit.SECONDS);
  }
}
