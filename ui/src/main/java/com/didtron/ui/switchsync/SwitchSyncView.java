package com.didtron.ui.switchsync;

import com.didtron.activities.switchpush.SwitchSyncService;
import com.didtron.activities.switchsync.SwitchSyncStates.SyncObject;
import com.didtron.domain.access.Actor;
import com.didtron.domain.switchsync.SyncStatus;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Switch sync: what each switch knows of each object (in sync, pending since when and why, failed
 * with the switch's error), a retry on a failed row and a full resync for admins.
 */
@Route(value = "switch-sync", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.ADMINISTRATION,
    title = "Switch sync",
    order = 60,
    icon = VaadinIcon.REFRESH)
@PageTitle("Switch sync · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "TENANT_ADMIN", "ANALYST", "AUDITOR"})
public class SwitchSyncView extends Div implements HasPageHeader {
  static final int SHOWN = 500;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private final transient SwitchSyncService sync;
  private final Select<SyncStatus> state = new Select<>();
  private final Grid<SyncObject> grid = new Grid<>();

  public SwitchSyncView(SwitchSyncService sync) {
    this.sync = sync;
    Actor actor = UiActor.current();
    add(
        new Paragraph(
            "Every change a switch must know is pushed by the sync of that switch ("
                + String.join(", ", sync.targets())
                + "). A pending object waits for a switch that does not answer and is retried;"
                + " a failed one was refused and shows the switch's error."));
    state.setItems(SyncStatus.values());
    state.setEmptySelectionAllowed(true);
    state.setEmptySelectionCaption("Any state");
    state.setAriaLabel("State");
    state.addClassName("dt-sync-state");
    state.addValueChangeListener(e -> refresh());
    Div bar = new Div(state);
    bar.addClassName("dt-toolbar");
    if (actor.isAdmin()) {
      bar.add(new Button("Full resync", VaadinIcon.REFRESH.create(), e -> resync()));
    }
    configureGrid(actor.isAdmin());
    add(bar, grid);
    refresh();
  }

  private void configureGrid(boolean admin) {
    grid.addColumn(SyncObject::target).setHeader("Switch").setAutoWidth(true);
    grid.addColumn(o -> o.type().name()).setHeader("Object").setAutoWidth(true);
    grid.addColumn(SyncObject::objectId)
        .setHeader("Id")
        .setWidth("9em")
        .setFlexGrow(0)
        .setTooltipGenerator(o -> String.valueOf(o.objectId()));
    grid.addColumn(o -> o.status().name()).setHeader("State").setAutoWidth(true);
    grid.addColumn(o -> TIME.format(o.since())).setHeader("Since (UTC)").setAutoWidth(true);
    grid.addColumn(SyncObject::attempts).setHeader("Attempts").setAutoWidth(true);
    grid.addColumn(o -> o.error() == null ? "" : o.error()).setHeader("Error").setFlexGrow(1);
    if (admin) {
      grid.addComponentColumn(this::retryButton).setKey("retry").setHeader("").setAutoWidth(true);
    }
  }

  private Component retryButton(SyncObject o) {
    if (o.status() != SyncStatus.FAILED) {
      return new Div();
    }
    return new Button("Retry", e -> retry(o));
  }

  private void retry(SyncObject o) {
    try {
      sync.retry(UiActor.current(), o.target(), o.type(), o.objectId());
      Toasts.success("Pushing " + o.type() + " " + o.objectId() + " again");
    } catch (IllegalStateException | java.util.NoSuchElementException e) {
      Toasts.error(e.getMessage());
    }
    refresh();
  }

  private void resync() {
    SwitchSyncService.Resync r = sync.resync(UiActor.current());
    Toasts.success(
        "Resync recorded: "
            + r.objects()
            + " objects of "
            + r.accounts()
            + " accounts are pending");
    refresh();
  }

  private void refresh() {
    List<SyncObject> rows = sync.status(UiActor.current(), null, state.getValue(), SHOWN);
    grid.setItems(rows);
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Switch sync", "Administration");
  }
}
