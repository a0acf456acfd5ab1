package com.didtron.ui.netting;

import static com.didtron.ui.settlement.Documents.amount;

import com.didtron.activities.netting.DisputeService;
import com.didtron.domain.access.Actor;
import com.didtron.domain.netting.Dispute;
import com.didtron.domain.user.Role;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.UiActor;
import com.didtron.ui.settlement.Documents;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;

/** Disputes on carrier charges (held out of netting while open); finance closes them. */
@Route(value = "disputes", layout = MainLayout.class)
@MenuPage(module = MenuModule.FINANCE, title = "Disputes", order = 80, icon = VaadinIcon.FLAG)
@PageTitle("Disputes · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "FINANCE", "ANALYST", "AUDITOR", "CARRIER"})
public class DisputesView extends Div implements HasPageHeader {
  private final transient DisputeService disputes;
  private final PagedGrid<Dispute> grid;

  public DisputesView(DisputeService disputes) {
    this.disputes = disputes;
    this.grid = new PagedGrid<>(new Grid<>(), p -> disputes.find(UiActor.current(), null, p));
    Grid<Dispute> g = grid.grid();
    g.addColumn(Dispute::accountName).setHeader("Carrier").setFlexGrow(2);
    g.addColumn(d -> amount(d.amount())).setHeader("Amount");
    g.addColumn(Dispute::reason).setHeader("Reason").setFlexGrow(2);
    g.addColumn(d -> d.status().name()).setHeader("Status");
    g.addColumn(d -> d.openedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString())
        .setHeader("Opened");
    g.addColumn(d -> d.resolution() == null ? "" : d.resolution()).setHeader("Resolution");
    g.addComponentColumn(this::close).setHeader("");
    add(grid);
    grid.refresh();
  }

  private Component close(Dispute d) {
    Actor actor = UiActor.current();
    if (!d.isOpen() || !(actor.has(Role.SUPER_ADMIN) || actor.has(Role.FINANCE))) {
      return new Span("");
    }
    return Documents.rowButton(
        "Close",
        VaadinIcon.CHECK,
        () ->
            Documents.askText(
                "Close dispute",
                "Resolution",
                "Close",
                text -> {
                  if (Documents.attempt(
                      () -> disputes.close(UiActor.current(), d.id(), text), "Dispute closed")) {
                    grid.reload();
                  }
                }));
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Disputes", "Finance");
  }
}
