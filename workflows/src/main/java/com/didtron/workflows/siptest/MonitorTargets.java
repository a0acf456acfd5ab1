package com.didtron.workflows.siptest;

import java.util.List;
import java.util.UUID;

/** The carriers monitoring watches (monitored SIP targets of live carriers, every tenant). */
public record MonitorTargets(List<UUID> carrierIds) {
  public MonitorTargets {
    carrierIds = List.copyOf(carrierIds);
  }
}
