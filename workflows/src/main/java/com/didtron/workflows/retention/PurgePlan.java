package com.didtron.workflows.retention;

import java.util.List;

/** Entity types with a retention policy, children before parents (users before accounts). */
public record PurgePlan(List<String> entityTypes) {
  public PurgePlan {
    entityTypes = List.copyOf(entityTypes);
  }
}
