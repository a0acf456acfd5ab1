package com.didtron.ui.netting;

import static com.didtron.ui.settlement.Documents.amount;

import com.didtron.activities.netting.NettingService;
import com.didtron.domain.access.Actor;
import com.didtron.domain.netting.NettingRequest;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.UiActor;
import com.didtron.ui.settlement.Documents;
import com.didtron.ui.workflow.RecordLinks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;

/**
 * Netting requests of every status with the netting statement of approved ones. A carrier (a
 * company that is both) sees its own; finance decides proposals in the task inbox.
 */
@Route(value = "netting", layout = MainLayout.class)
@MenuPage(module = MenuModule.FINANCE, title = "Netting", order = 70, icon = VaadinIcon.EXCHANGE)
@PageTitle("Netting · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "FINANCE", "ANALYST", "AUDITOR", "CARRIER"})
public class NettingView extends Div implements HasPageHeader {
  private final transient NettingService netting;

  public NettingView(NettingService netting) {
    this.netting = netting;
    PagedGrid<NettingRequest> grid =
        new PagedGrid<>(new Grid<>(), p -> netting.find(UiActor.current(), null, p));
    Grid<NettingRequest> g = grid.grid();
    g.addColumn(r -> r.number() == null ? "—" : r.number()).setHeader("Number");
    g.addColumn(NettingRequest::accountName).setHeader("Company").setFlexGrow(2);
    g.addColumn(r -> r.currency().code()).setHeader("Currency");
    g.addColumn(r -> amount(r.customerOwes())).setHeader("Owes us");
    g.addColumn(r -> amount(r.weOwe())).setHeader("We owe");
    g.addColumn(r -> amount(r.disputed())).setHeader("Disputed");
    g.addComponentColumn(x -> RecordLinks.runsOf(x.workflowId()))
        .setHeader("")
        .setKey("workflow")
        .setAutoWidth(true);
    g.addColumn(r -> amount(r.offset())).setHeader("Offset");
    g.addColumn(r -> r.status().name()).setHeader("Status");
    g.addColumn(r -> r.proposedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString())
        .setHeader("Proposed");
    g.addComponentColumn(this::pdf).setHeader("").setKey("pdf");
    add(grid);
    grid.refresh();
  }

  private Component pdf(NettingRequest r) {
    Actor actor = UiActor.current();
    return r.hasPdf()
        ? Documents.pdfLink(
            "Statement", r.number() + ".pdf", () -> netting.pdf(actor, r.id()).orElseThrow())
        : new Span("");
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Netting", "Finance");
  }
}
