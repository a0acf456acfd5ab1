package com.didtron.app.platform;

import io.temporal.workflow.WorkflowInterface;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.ClassMetadata;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.util.ClassUtils;

/**
 * Finds the workflow implementations the worker registers: every concrete class under {@link
 * #PACKAGE} that implements a {@code @WorkflowInterface}. A new workflow registers itself by
 * existing; nothing lists them (the same rule {@code StoredHistoriesReplayTest} uses to demand a
 * stored history per implementation).
 */
final class WorkflowImplementations {
  static final String PACKAGE = "com.didtron.workflows";

  private WorkflowImplementations() {}

  static List<Class<?>> in(String basePackage) {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(
        (reader, factory) -> implementsWorkflowInterface(reader.getClassMetadata(), factory));
    return scanner.findCandidateComponents(basePackage).stream()
        .map(BeanDefinition::getBeanClassName)
        .<Class<?>>map(
            name ->
                ClassUtils.resolveClassName(name, WorkflowImplementations.class.getClassLoader()))
        .sorted(Comparator.comparing(Class::getName))
        .toList();
  }

  private static boolean implementsWorkflowInterface(
      ClassMetadata type, MetadataReaderFactory factory) {
    if (type.isInterface() || type.isAbstract()) {
      return false;
    }
    for (String name : type.getInterfaceNames()) {
      try {
        if (factory
            .getMetadataReader(name)
            .getAnnotationMetadata()
            .hasAnnotation(WorkflowInterface.class.getName())) {
          return true;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name, e);
      }
    }
    return false;
  }
}
