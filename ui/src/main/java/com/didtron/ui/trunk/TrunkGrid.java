package com.didtron.ui.trunk;

import com.didtron.domain.trunk.Trunk;
import com.vaadin.flow.component.grid.Grid;

/** Trunks in a table: what the switch knows of each; a username, never a secret. */
class TrunkGrid extends Grid<Trunk> {
  TrunkGrid() {
    super(Trunk.class, false);
    addColumn(Trunk::name).setHeader("Name").setAutoWidth(true);
    addColumn(t -> t.direction().name()).setHeader("Direction");
    addColumn(t -> t.address() == null ? "—" : t.address()).setHeader("Address").setAutoWidth(true);
    addColumn(t -> t.transport().name()).setHeader("Transport");
    addColumn(t -> t.techPrefix().isEmpty() ? "—" : t.techPrefix()).setHeader("Tech prefix");
    addColumn(t -> limit(t.maxChannels())).setHeader("Channels");
    addColumn(t -> limit(t.maxCps())).setHeader("CPS");
    addColumn(t -> t.tier() == null ? "—" : t.tier().name()).setHeader("Tier");
    addColumn(t -> t.username() == null ? "—" : t.username()).setHeader("Username");
    addColumn(t -> t.status().name()).setHeader("Status");
    setAllRowsVisible(true);
  }

  private static String limit(Integer value) {
    return value == null ? "unlimited" : value.toString();
  }
}
