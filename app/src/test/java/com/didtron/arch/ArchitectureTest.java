package com.didtron.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps frameworks out of the pure core, and dependencies pointing inward. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("com.didtron");

  @Test
  void theDomainUsesNoFramework() {
    noClasses().that().resideInAPackage("com.didtron.domain..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "org.jooq..", "com.vaadin..", "io.temporal..", "jakarta.persistence..")
        .check(CLASSES);
  }

  @Test
  void theHotPathsUseNoSpringDatabaseOrUi() {
    noClasses().that().resideInAnyPackage("com.didtron.rating..", "com.didtron.sip..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..", "com.vaadin..")
        .check(CLASSES);
  }

  @Test
  void workflowsStayDeterministicAndFreeOfSpringAndTheDatabase() {
    noClasses().that().resideInAPackage("com.didtron.workflows..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..", "com.vaadin..",
            "com.didtron.activities..")
        .check(CLASSES);
  }

  @Test
  void onlyActivitiesTouchGeneratedDatabaseClasses() {
    noClasses().that().resideOutsideOfPackages("com.didtron.activities..")
        .should().dependOnClassesThat().resideInAPackage("com.didtron.activities.db..")
        .check(CLASSES);
  }

  @Test
  void theDomainDoesNotDependOnOuterModules() {
    noClasses().that().resideInAPackage("com.didtron.domain..")
        .should().dependOnClassesThat().resideInAnyPackage("com.didtron.activities..", "com.didtron.ui..",
            "com.didtron.workflows..", "com.didtron.app..")
        .check(CLASSES);
  }
}
