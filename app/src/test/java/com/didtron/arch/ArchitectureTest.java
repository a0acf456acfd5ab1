package com.didtron.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Keeps frameworks out of the pure core, and dependencies pointing inward. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter().withImportOption(new ProductionCode()).importPackages("com.didtron");

  @Test
  void theDomainUsesNoFramework() {
    noClasses()
        .that()
        .resideInAPackage("com.didtron.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "org.jooq..",
            "com.vaadin..",
            "io.temporal..",
            "jakarta.persistence..")
        .check(CLASSES);
  }

  @Test
  void theHotPathsUseNoSpringDatabaseOrUi() {
    noClasses()
        .that()
        .resideInAnyPackage("com.didtron.rating..", "com.didtron.sip..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "org.jooq..", "com.vaadin..")
        .check(CLASSES);
  }

  @Test
  void workflowsStayDeterministicAndFreeOfSpringAndTheDatabase() {
    noClasses()
        .that()
        .resideInAPackage("com.didtron.workflows..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "org.jooq..", "com.vaadin..", "com.didtron.activities..")
        .check(CLASSES);
  }

  /**
   * Workflow code reads time, randomness and sleeps only through {@code
   * Workflow.currentTimeMillis}, {@code Workflow.randomUUID}/{@code Workflow.newRandom} and {@code
   * Workflow.sleep}: anything else differs on replay and breaks running workflows.
   */
  static ArchRule readsTimeAndRandomnessOnlyThroughWorkflow(String packages) {
    DescribedPredicate<JavaMethodCall> nonDeterministic =
        DescribedPredicate.describe(
            "java.time *.now, System.currentTimeMillis/nanoTime, UUID.randomUUID, Math.random or Thread.sleep",
            call -> isNonDeterministic(call.getTargetOwner().getName(), call.getName()));
    return noClasses()
        .that()
        .resideInAPackage(packages)
        .should()
        .callMethodWhere(nonDeterministic)
        .orShould()
        .dependOnClassesThat()
        .belongToAnyOf(Random.class, ThreadLocalRandom.class, SecureRandom.class, Clock.class);
  }

  private static boolean isNonDeterministic(String owner, String method) {
    return owner.startsWith("java.time.") && method.equals("now")
        || owner.equals("java.lang.System")
            && (method.equals("currentTimeMillis") || method.equals("nanoTime"))
        || owner.equals("java.util.UUID") && method.equals("randomUUID")
        || owner.equals("java.lang.Math") && method.equals("random")
        || owner.equals("java.lang.Thread") && method.equals("sleep");
  }

  @Test
  void workflowCodeReadsTimeAndRandomnessOnlyThroughWorkflow() {
    readsTimeAndRandomnessOnlyThroughWorkflow("com.didtron.workflows..").check(CLASSES);
  }

  /** What the rule must refuse, checked below so that the rule cannot silently match nothing. */
  static final class NonDeterministicSample {
    long now() {
      return Instant.now().toEpochMilli();
    }

    String id() {
      return UUID.randomUUID().toString();
    }

    void pause() throws InterruptedException {
      Thread.sleep(1);
    }

    int roll() {
      return new Random().nextInt();
    }
  }

  @Test
  void theDeterminismRuleRefusesInstantNowRandomUuidThreadSleepAndRandom() {
    JavaClasses sample = new ClassFileImporter().importClasses(NonDeterministicSample.class);
    assertThatThrownBy(
            () -> readsTimeAndRandomnessOnlyThroughWorkflow("com.didtron.arch..").check(sample))
        .hasMessageContaining("Instant.now()")
        .hasMessageContaining("UUID.randomUUID()")
        .hasMessageContaining("Thread.sleep(long)")
        .hasMessageContaining("java.util.Random");
  }

  @Test
  void onlyActivitiesTouchGeneratedDatabaseClasses() {
    noClasses()
        .that()
        .resideOutsideOfPackages("com.didtron.activities..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.didtron.activities.db..")
        .check(CLASSES);
  }

  @Test
  void theDomainDoesNotDependOnOuterModules() {
    noClasses()
        .that()
        .resideInAPackage("com.didtron.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.didtron.activities..",
            "com.didtron.ui..",
            "com.didtron.workflows..",
            "com.didtron.app..")
        .check(CLASSES);
  }
}
