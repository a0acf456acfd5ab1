package com.didtron.ui.invoicing;

import static com.didtron.ui.settlement.Documents.amount;

import com.didtron.activities.creditnote.CreditNoteService;
import com.didtron.domain.access.Actor;
import com.didtron.domain.invoicing.CreditNote;
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

/** Credit notes of every status with their PDF once approved; customers see their own. */
@Route(value = "credit-notes", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.FINANCE,
    title = "Credit notes",
    order = 50,
    icon = VaadinIcon.ARROW_BACKWARD)
@PageTitle("Credit notes · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "FINANCE", "ANALYST", "AUDITOR", "CUSTOMER"})
public class CreditNotesView extends Div implements HasPageHeader {
  private final transient CreditNoteService notes;

  public CreditNotesView(CreditNoteService notes) {
    this.notes = notes;
    PagedGrid<CreditNote> grid =
        new PagedGrid<>(new Grid<>(), p -> notes.find(UiActor.current(), null, p));
    Grid<CreditNote> g = grid.grid();
    g.addColumn(n -> n.number() == null ? "—" : n.number()).setHeader("Number");
    g.addColumn(CreditNote::accountName).setHeader("Customer").setFlexGrow(2);
    g.addColumn(CreditNote::invoiceNumber).setHeader("Invoice");
    g.addColumn(n -> amount(n.amount())).setHeader("Amount");
    g.addColumn(CreditNote::reason).setHeader("Reason").setFlexGrow(2);
    g.addColumn(n -> n.status().name()).setHeader("Status");
    g.addColumn(n -> n.decidedBy() == null ? "" : n.decidedBy()).setHeader("Decided by");
    g.addComponentColumn(x -> RecordLinks.runsOf(x.workflowId()))
        .setHeader("")
        .setKey("workflow")
        .setAutoWidth(true);
    g.addComponentColumn(this::pdf).setHeader("").setKey("pdf");
    add(grid);
    grid.refresh();
  }

  private Component pdf(CreditNote n) {
    Actor actor = UiActor.current();
    return n.hasPdf()
        ? Documents.pdfLink(
            "PDF", n.number() + ".pdf", () -> notes.pdf(actor, n.id()).orElseThrow())
        : new Span("");
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Credit notes", "Finance");
  }
}
