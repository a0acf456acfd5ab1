package com.didtron.workflows.siptest;

import java.util.List;

/** The alerts one evaluation raised or cleared. */
public record AlertChanges(List<AlertChange> changes) {
  public AlertChanges {
    changes = List.copyOf(changes);
  }
}
