package com.didtron.ui.invoicing;

import static com.didtron.ui.settlement.Documents.amount;

import com.didtron.activities.account.AccountFilter;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.creditnote.CreditNoteChange;
import com.didtron.activities.creditnote.CreditNoteService;
import com.didtron.activities.invoicing.BillingSettingsService;
import com.didtron.activities.invoicing.InvoiceService;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.user.Role;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.didtron.ui.settlement.Documents;
import com.didtron.ui.workflow.RecordLinks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Invoices: staff see the tenant's, customers their own. Each row downloads its PDF; finance starts
 * invoice runs and asks for credit notes from here.
 */
@Route(value = "invoices", layout = MainLayout.class)
@MenuPage(module = MenuModule.FINANCE, title = "Invoices", order = 40, icon = VaadinIcon.FILE_TEXT)
@PageTitle("Invoices · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "FINANCE", "ANALYST", "AUDITOR", "CUSTOMER"})
public class InvoicesView extends Div implements HasPageHeader {
  private final transient InvoiceService invoices;
  private final transient CreditNoteService notes;
  private final transient AccountService accounts;
  private final transient BillingSettingsService billing;
  private final PagedGrid<Invoice> grid;

  public InvoicesView(
      InvoiceService invoices,
      CreditNoteService notes,
      AccountService accounts,
      BillingSettingsService billing) {
    this.billing = billing;
    this.invoices = invoices;
    this.notes = notes;
    this.accounts = accounts;
    this.grid = new PagedGrid<>(new Grid<>(), p -> invoices.find(UiActor.current(), null, p));
    configureGrid();
    add(grid);
    grid.refresh();
  }

  private void configureGrid() {
    Grid<Invoice> g = grid.grid();
    Actor actor = UiActor.current();
    g.addColumn(Invoice::number).setHeader("Number");
    if (actor.isStaff()) {
      g.addColumn(Invoice::accountName).setHeader("Customer").setFlexGrow(2);
    }
    // period with billing mode, issue with due date: the grid fits 1280 px without scrolling
    g.addColumn(i -> i.period().key() + " · " + i.billingMode().name()).setHeader("Period");
    g.addColumn(i -> amount(i.total())).setHeader("Total");
    g.addColumn(i -> i.credited().isZero() ? "" : amount(i.credited())).setHeader("Credited");
    g.addColumn(i -> i.issueDate() + " → " + i.dueDate()).setHeader("Issued → due (UTC)");
    g.addColumn(i -> i.status().name()).setHeader("Status");
    g.addColumn(i -> i.outstanding().isZero() ? "" : amount(i.outstanding()))
        .setHeader("Outstanding");
    g.addComponentColumn(x -> RecordLinks.runsOf(x.workflowId()))
        .setHeader("")
        .setKey("workflow")
        .setAutoWidth(true);
    g.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
  }

  private Component actions(Invoice i) {
    Actor actor = UiActor.current();
    var pdf = Documents.pdfLink("PDF", i.number() + ".pdf", () -> invoices.pdf(actor, i.id()));
    if (!actor.has(Role.SUPER_ADMIN) && !actor.has(Role.FINANCE)) {
      return pdf;
    }
    return Documents.cell(pdf, creditNoteButton(i));
  }

  private Button creditNoteButton(Invoice i) {
    Button b = new Button(VaadinIcon.ARROW_BACKWARD.create(), e -> creditNoteDialog(i));
    b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
    b.setAriaLabel("Credit note against " + i.number());
    b.setTooltipText("Credit note against " + i.number());
    return b;
  }

  private void creditNoteDialog(Invoice i) {
    Dialog d = new Dialog();
    d.setHeaderTitle("Credit note against " + i.number());
    BigDecimalField amount = new BigDecimalField("Amount (" + i.currency() + ", tax included)");
    TextField reason = new TextField("Reason");
    reason.setWidthFull();
    d.add(new Div(amount), new Div(reason));
    Button ask =
        new Button(
            "Ask finance to approve",
            e -> {
              CreditNoteChange change =
                  notes.create(UiActor.current(), i.id(), amount.getValue(), reason.getValue());
              if (change instanceof CreditNoteChange.Rejected r) {
                Toasts.error(r.message());
              } else {
                Toasts.success("Credit note waits for finance in the task inbox");
                d.close();
              }
            });
    ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    d.getFooter().add(new Button("Cancel", e -> d.close()), ask);
    d.open();
  }

  private void runDialog() {
    Dialog d = new Dialog();
    d.setHeaderTitle("Run an invoice");
    ComboBox<Account> account = new ComboBox<>("Customer");
    account.setItems(
        accounts
            .find(
                UiActor.current(),
                new AccountFilter(null, AccountKind.CUSTOMER, false),
                new PageRequest(0, PageRequest.MAX_LIMIT))
            .rows());
    account.setItemLabelGenerator(Account::name);
    TextField period = new TextField("Period", "2026-03, 2026-03-H2, 2026-W10 or 2026-03-04");
    d.add(new Div(account), new Div(period));
    Button run =
        new Button(
            "Start",
            e -> {
              if (account.getValue() == null) {
                Toasts.error("Pick a customer");
                return;
              }
              if (Documents.attempt(
                  () ->
                      invoices.startRun(
                          UiActor.current(), account.getValue().id(), period.getValue()),
                  "Invoice run started; the invoice appears here when the period has closed")) {
                d.close();
                grid.refresh();
              }
            });
    run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    d.getFooter().add(new Button("Cancel", e -> d.close()), run);
    d.open();
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Invoices", "Finance");
  }

  @Override
  public List<Component> headerActions() {
    Actor actor = UiActor.current();
    if (!actor.has(Role.SUPER_ADMIN) && !actor.has(Role.FINANCE)) {
      return List.of();
    }
    Button run = new Button("Run invoice", VaadinIcon.PLAY.create(), e -> runDialog());
    run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button terms =
        new Button(
            "Billing terms",
            VaadinIcon.COG.create(),
            e ->
                new BillingTermsDialog(
                        billing,
                        accounts
                            .find(
                                UiActor.current(),
                                new AccountFilter(null, null, false),
                                new PageRequest(0, PageRequest.MAX_LIMIT))
                            .rows()
                            .stream()
                            .filter(a -> a.kind() != AccountKind.CARRIER)
                            .toList())
                    .open());
    return List.of(terms, run);
  }
}
