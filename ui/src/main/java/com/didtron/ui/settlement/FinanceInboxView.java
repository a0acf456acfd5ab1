package com.didtron.ui.settlement;

import static com.didtron.ui.settlement.Documents.amount;

import com.didtron.activities.creditnote.CreditNoteService;
import com.didtron.activities.netting.NettingService;
import com.didtron.domain.invoicing.CreditNote;
import com.didtron.domain.netting.NettingRequest;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;

/**
 * Finance's task inbox: credit notes waiting for approval (with reminders and escalation shown) and
 * netting proposals. Approving or rejecting here signals the credit note's workflow or decides the
 * netting request.
 */
@Route(value = "finance/inbox", layout = MainLayout.class)
@MenuPage(module = MenuModule.FINANCE, title = "Task inbox", order = 30, icon = VaadinIcon.INBOX)
@PageTitle("Task inbox · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "FINANCE"})
public class FinanceInboxView extends Div implements HasPageHeader {
  private final transient CreditNoteService notes;
  private final transient NettingService netting;
  private final PagedGrid<CreditNote> creditNotes;
  private final PagedGrid<NettingRequest> proposals;

  public FinanceInboxView(CreditNoteService notes, NettingService netting) {
    this.notes = notes;
    this.netting = netting;
    this.creditNotes =
        new PagedGrid<>(new Grid<>(), p -> notes.find(UiActor.current(), "PENDING", p));
    this.proposals =
        new PagedGrid<>(new Grid<>(), p -> netting.find(UiActor.current(), "PROPOSED", p));
    configureCreditNotes();
    configureProposals();
    add(new H3("Credit notes to approve"), creditNotes, new H3("Netting proposals"), proposals);
    creditNotes.refresh();
    proposals.refresh();
  }

  private void configureCreditNotes() {
    Grid<CreditNote> g = creditNotes.grid();
    g.addColumn(CreditNote::accountName).setHeader("Customer").setFlexGrow(2);
    g.addColumn(CreditNote::invoiceNumber).setHeader("Invoice");
    g.addColumn(n -> amount(n.amount())).setHeader("Amount");
    g.addColumn(CreditNote::reason).setHeader("Reason").setFlexGrow(2);
    g.addColumn(CreditNote::createdBy).setHeader("Asked by");
    g.addColumn(n -> n.escalatedAt() != null ? "Escalated" : n.reminders() + " reminder(s)")
        .setHeader("Waiting");
    g.addComponentColumn(
            n ->
                Documents.cell(
                    Documents.rowButton(
                        "Approve",
                        VaadinIcon.CHECK,
                        () -> {
                          if (Documents.attempt(
                              () -> notes.approve(UiActor.current(), n.id(), null),
                              "Approved: the credit note is being issued")) {
                            creditNotes.reload();
                          }
                        }),
                    Documents.rowButton(
                        "Reject",
                        VaadinIcon.CLOSE,
                        () ->
                            Documents.askText(
                                "Reject credit note",
                                "Reason",
                                "Reject",
                                reason -> {
                                  if (Documents.attempt(
                                      () -> notes.reject(UiActor.current(), n.id(), reason),
                                      "Credit note rejected")) {
                                    creditNotes.reload();
                                  }
                                }))))
        .setHeader("")
        .setKey("actions")
        .setAutoWidth(true);
  }

  private void configureProposals() {
    Grid<NettingRequest> g = proposals.grid();
    g.addColumn(NettingRequest::accountName).setHeader("Company").setFlexGrow(2);
    g.addColumn(r -> r.currency().code()).setHeader("Currency");
    g.addColumn(r -> amount(r.customerOwes())).setHeader("Owes us");
    g.addColumn(r -> amount(r.weOwe())).setHeader("We owe");
    g.addColumn(r -> amount(r.disputed())).setHeader("Disputed");
    g.addColumn(r -> amount(r.offset())).setHeader("Offset");
    g.addColumn(r -> r.proposedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString())
        .setHeader("Proposed");
    g.addComponentColumn(
            r ->
                Documents.cell(
                    Documents.rowButton(
                        "Approve",
                        VaadinIcon.CHECK,
                        () -> {
                          if (Documents.attempt(
                              () -> netting.approve(UiActor.current(), r.id(), null),
                              "Netting approved and posted")) {
                            proposals.reload();
                          }
                        }),
                    Documents.rowButton(
                        "Reject",
                        VaadinIcon.CLOSE,
                        () ->
                            Documents.askText(
                                "Reject netting",
                                "Reason",
                                "Reject",
                                reason -> {
                                  if (Documents.attempt(
                                      () -> netting.reject(UiActor.current(), r.id(), reason),
                                      "Netting rejected")) {
                                    proposals.reload();
                                  }
                                }))))
        .setHeader("")
        .setKey("actions")
        .setAutoWidth(true);
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Task inbox", "Finance");
  }
}
