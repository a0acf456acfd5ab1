package com.didtron.workflows.retention;

import java.util.Map;

/** Rows removed per entity type, and expired rows kept because they are still referenced. */
public record PurgeReport(Map<String, Integer> purged, Map<String, Integer> keptReferenced) {
  public PurgeReport {
    purged = Map.copyOf(purged);
    keptReferenced = Map.copyOf(keptReferenced);
  }

  public int totalPurged() {
    return purged.values().stream().mapToInt(Integer::intValue).sum();
  }
}
