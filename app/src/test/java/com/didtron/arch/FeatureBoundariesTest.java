package com.didtron.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.Facade;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Feature packages inside {@code activities} ({@code com.didtron.activities.<feature>}) are bounded
 * contexts: no cycles between them, each reads and writes only the tables it owns ({@link
 * TableOwnership}), and one feature enters another only through the types marked {@link Facade}
 * (and the types nested in them). See docs/architecture.md, "Feature boundaries".
 */
class FeatureBoundariesTest {
  private static final String ACTIVITIES = "com.didtron.activities.";
  private static final String GENERATED = ACTIVITIES + "db";

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(new ProductionCode())
          .importPackages("com.didtron.activities");

  @Test
  void featurePackagesDoNotDependOnEachOtherInCycles() {
    slices().matching("com.didtron.activities.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void aFeatureTouchesOnlyTheTablesItOwns() {
    classes()
        .that()
        .resideInAPackage("com.didtron.activities.*..")
        .and()
        .resideOutsideOfPackage(GENERATED + "..")
        .should(touchOnlyOwnTables())
        .check(CLASSES);
  }

  @Test
  void aFeatureEntersAnotherOnlyThroughItsFacade() {
    classes()
        .that()
        .resideInAPackage("com.didtron.activities.*..")
        .and()
        .resideOutsideOfPackage(GENERATED + "..")
        .should(useOtherFeaturesOnlyThroughFacades())
        .check(CLASSES);
  }

  /**
   * Each feature publishes at least one entry point, so the façade rule has something to point at.
   */
  @Test
  void everyFeatureHasAPublishedFacade() {
    Set<String> features = new TreeSet<>();
    Set<String> published = new TreeSet<>();
    for (JavaClass c : CLASSES) {
      feature(c)
          .ifPresent(
              f -> {
                features.add(f);
                if (c.isAnnotatedWith(Facade.class)) {
                  published.add(f);
                }
              });
    }
    assertThat(published).isEqualTo(features);
  }

  /**
   * The rules below refuse a sample that crosses both boundaries, so they cannot silently match
   * nothing.
   */
  @Test
  void theRulesRefuseAnotherFeaturesTableAndInternals() {
    JavaClasses sample =
        new ClassFileImporter().importPackages("com.didtron.activities.boundarysample");
    assertThatThrownBy(() -> classes().should(touchOnlyOwnTables()).check(sample))
        .hasMessageContaining("touches table account owned by account");
    assertThatThrownBy(() -> classes().should(useOtherFeaturesOnlyThroughFacades()).check(sample))
        .hasMessageContaining(
            "uses com.didtron.activities.invoicing.BillingSettingsService, which is no @Facade");
  }

  static Optional<String> feature(JavaClass c) {
    String p = c.getPackageName();
    if (!p.startsWith(ACTIVITIES) || p.equals(GENERATED) || p.startsWith(GENERATED + ".")) {
      return Optional.empty();
    }
    String rest = p.substring(ACTIVITIES.length());
    int dot = rest.indexOf('.');
    return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
  }

  /** The table a generated jOOQ class ({@code db.tables.Account}, {@code AccountRecord}) maps. */
  static Optional<String> tableOf(JavaClass target) {
    String p = target.getPackageName();
    if (!p.equals(GENERATED + ".tables") && !p.equals(GENERATED + ".tables.records")) {
      return Optional.empty();
    }
    JavaClass top = target;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    String name = top.getSimpleName().replaceFirst("Record$", "");
    return Optional.of(name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT));
  }

  private static ArchCondition<JavaClass> touchOnlyOwnTables() {
    return new ArchCondition<>("touch only the tables their feature owns") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        String own = feature(c).orElseThrow();
        Set<String> tables = new TreeSet<>();
        for (Dependency d : c.getDirectDependenciesFromSelf()) {
          tableOf(d.getTargetClass()).ifPresent(tables::add);
        }
        for (JavaFieldAccess a : c.getFieldAccessesFromSelf()) {
          if (a.getTargetOwner().getName().equals(GENERATED + ".Tables")) {
            tables.add(a.getName().toLowerCase(Locale.ROOT));
          }
        }
        tables.forEach(t -> report(events, c, own, t));
      }
    };
  }

  private static void report(ConditionEvents events, JavaClass c, String own, String table) {
    String owner = TableOwnership.OWNER.get(table);
    if (owner == null) {
      events.add(
          SimpleConditionEvent.violated(
              c,
              c.getName() + " touches table " + table + ", which has no owner in TableOwnership"));
    } else if (!owner.equals(own) && !TableOwnership.allowed(c.getName(), table)) {
      events.add(
          SimpleConditionEvent.violated(
              c, c.getName() + " (" + own + ") touches table " + table + " owned by " + owner));
    }
  }

  private static ArchCondition<JavaClass> useOtherFeaturesOnlyThroughFacades() {
    return new ArchCondition<>("use other features only through their @Facade types") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        String own = feature(c).orElseThrow();
        Set<String> used = new TreeSet<>();
        for (Dependency d : c.getDirectDependenciesFromSelf()) {
          JavaClass target = d.getTargetClass();
          Optional<String> other = feature(target);
          if (other.isPresent() && !other.get().equals(own) && !isFacade(target)) {
            used.add(target.getName());
          }
        }
        used.forEach(
            t ->
                events.add(
                    SimpleConditionEvent.violated(
                        c, c.getName() + " (" + own + ") uses " + t + ", which is no @Facade")));
      }
    };
  }

  static boolean isFacade(JavaClass target) {
    for (JavaClass t = target; ; t = t.getEnclosingClass().get()) {
      if (t.isAnnotatedWith(Facade.class)) {
        return true;
      }
      if (t.getEnclosingClass().isEmpty()) {
        return false;
      }
    }
  }

  /** Sanity: the map names every table the migrations create, and nothing else. */
  @Test
  void everyGeneratedTableHasAnOwner() {
    Set<String> generated = new TreeSet<>();
    for (JavaClass c : CLASSES) {
      if (c.getPackageName().equals(GENERATED + ".tables") && c.getEnclosingClass().isEmpty()) {
        tableOf(c).ifPresent(generated::add);
      }
    }
    assertThat(TableOwnership.OWNER.keySet()).containsExactlyInAnyOrderElementsOf(generated);
  }
}
