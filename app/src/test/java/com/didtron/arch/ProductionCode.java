package com.didtron.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Imports only production classes: not test classes of any module, whether they come from a {@code
 * test-classes} directory, a test jar (the activities fixtures) or the {@code test-support} module.
 */
final class ProductionCode implements ImportOption {
  private static final ImportOption NO_TEST_CLASSES = new ImportOption.DoNotIncludeTests();

  @Override
  public boolean includes(Location location) {
    return NO_TEST_CLASSES.includes(location)
        && !location.contains("-tests.jar")
        && !location.contains("/test-support/")
        && !location.contains("didtron-test-support");
  }
}
