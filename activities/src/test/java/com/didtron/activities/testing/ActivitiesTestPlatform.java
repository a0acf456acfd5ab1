package com.didtron.activities.testing;

import com.didtron.activities.system.SchemaGrants;
import com.didtron.activities.user.FirstStart;
import com.didtron.activities.workflowindex.RecurringWorkflows;
import com.didtron.activities.workflowindex.WorkflowIndexRefresher;
import com.didtron.testsupport.TestClock;
import com.didtron.testsupport.TestDatabase;
import com.didtron.testsupport.TestTemporal;
import com.didtron.workflows.TaskQueues;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.temporal.client.WorkflowClient;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The feature beans of {@code activities} (no portal, no API, no CLI) on the test PostgreSQL of
 * {@link TestDatabase}, migrated by its owner with the production grants ({@link SchemaGrants}) and
 * served as {@code didtron_app}; Temporal's test server with a worker running every workflow and
 * activity; {@link TestClock}; the first super admin {@link TestAdmin}. Deliberately not a
 * {@code @Configuration}: the platform's component scan (also in a test's child JVM) must not find
 * it.
 */
@EnableAutoConfiguration
@EnableScheduling
@ConfigurationPropertiesScan("com.didtron.activities")
@ComponentScan("com.didtron.activities")
@Import(TestClock.class)
public class ActivitiesTestPlatform {

  @Bean(destroyMethod = "close")
  DataSource dataSource() {
    TestDatabase.Login app = TestDatabase.shared().app();
    HikariConfig config = new HikariConfig();
    config.setPoolName("didtron-activities-it");
    config.setMaximumPoolSize(8);
    config.setJdbcUrl(app.url());
    config.setUsername(app.user());
    config.setPassword(app.password());
    return new HikariDataSource(config);
  }

  @Bean
  FlywayConfigurationCustomizer migrateAsOwner() {
    TestDatabase.Login owner = TestDatabase.shared().owner();
    return config -> config.dataSource(owner.url(), owner.user(), owner.password());
  }

  @Bean
  FlywayMigrationStrategy migrateThenGrant() {
    return flyway -> {
      flyway.migrate();
      try (Connection c = TestDatabase.shared().owner().connect()) {
        SchemaGrants.grantApplicationRole(c, TestDatabase.APP_ROLE);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot grant " + TestDatabase.APP_ROLE, e);
      }
    };
  }

  /** A DID provider that refuses every order (numbers imported with provider "refusing"). */
  @Bean
  com.didtron.activities.did.RefusingDidProvider refusingDidProvider() {
    return new com.didtron.activities.did.RefusingDidProvider();
  }

  @Bean(destroyMethod = "close")
  TestTemporal testTemporal() {
    return new TestTemporal();
  }

  @Bean
  WorkflowClient workflowClient(TestTemporal temporal) {
    return temporal.client();
  }

  /**
   * As the platform's worker: polls once the context is ready (a blocking call during startup would
   * deadlock), then schedules every recurring workflow (the tests set their crons to once a year).
   */
  @Bean
  ApplicationListener<ApplicationReadyEvent> temporalWorker(
      TestTemporal temporal, ApplicationContext context, RecurringWorkflows recurring) {
    return event -> {
      temporal.startWorker(TaskQueues.PLATFORM, "com.didtron.workflows", context);
      recurring.ensureScheduled();
    };
  }

  @Bean
  ApplicationRunner firstSuperAdmin(FirstStart firstStart) {
    return args -> firstStart.ensureSuperAdmin(TestAdmin.EMAIL, TestAdmin.PASSWORD);
  }

  @Bean
  IndexRefresh indexRefresh(WorkflowIndexRefresher refresher) {
    return new IndexRefresh(refresher);
  }

  /** Keeps the workflow index in step with Temporal, as the platform's worker does. */
  static final class IndexRefresh {
    private final WorkflowIndexRefresher refresher;

    IndexRefresh(WorkflowIndexRefresher refresher) {
      this.refresher = refresher;
    }

    @Scheduled(fixedDelayString = "${didtron.workflow-index.refresh-ms:5000}")
    void refresh() {
      refresher.refresh();
    }
  }
}
