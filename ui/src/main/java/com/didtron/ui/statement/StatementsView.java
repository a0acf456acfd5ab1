package com.didtron.ui.statement;

import static com.didtron.ui.settlement.Documents.amount;
import static com.didtron.ui.settlement.Documents.number;

import com.didtron.activities.account.AccountFilter;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.statement.StatementService;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.statement.Statement;
import com.didtron.domain.user.Role;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.UiActor;
import com.didtron.ui.settlement.Documents;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Statements of account with a running balance and a PDF download: staff pick any account and side;
 * a customer sees its customer statement, a carrier its carrier statement.
 */
@Route(value = "statements", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.FINANCE,
    title = "Statements",
    order = 60,
    icon = VaadinIcon.BOOK_DOLLAR)
@PageTitle("Statements · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "FINANCE", "ANALYST", "AUDITOR", "CUSTOMER", "CARRIER"})
public class StatementsView extends Div implements HasPageHeader {
  private final transient StatementService statements;
  private final ComboBox<Account> account = new ComboBox<>("Account");
  private final Select<String> side = new Select<>();
  private final DatePicker from = new DatePicker("From");
  private final DatePicker to = new DatePicker("To (inclusive)");
  private final Grid<Statement.Row> rows = new Grid<>();
  private final Span totals = new Span();
  private final Div download = new Div();
  private String shownCurrency;

  public StatementsView(StatementService statements, AccountService accounts, Clock clock) {
    this.statements = statements;
    Actor actor = UiActor.current();
    LocalDate today = LocalDate.now(clock);
    from.setValue(today.withDayOfMonth(1).minusMonths(2));
    to.setValue(today);
    side.setLabel("Side");
    side.setItems("CUSTOMER", "CARRIER");
    side.setValue(actor.has(Role.CARRIER) && !actor.has(Role.CUSTOMER) ? "CARRIER" : "CUSTOMER");
    account.setItems(
        accounts
            .find(
                actor,
                new AccountFilter(null, null, false),
                new PageRequest(0, PageRequest.MAX_LIMIT))
            .rows());
    account.setItemLabelGenerator(Account::name);
    account.setVisible(actor.isStaff());
    side.setVisible(actor.isStaff());
    configureGrid();
    Div bar = new Div(account, side, from, to);
    bar.addClassName("dt-toolbar");
    add(bar, rows, totals, download);
    account.addValueChangeListener(e -> show());
    side.addValueChangeListener(e -> show());
    from.addValueChangeListener(e -> show());
    to.addValueChangeListener(e -> show());
    show();
  }

  private void configureGrid() {
    rows.addColumn(r -> r.date().toString()).setHeader("Date");
    rows.addColumn(Statement.Row::reference).setHeader("Reference");
    rows.addColumn(Statement.Row::description).setHeader("Description").setFlexGrow(3);
    rows.addColumn(r -> r.charge().signum() == 0 ? "" : number(r.charge(), shownCurrency))
        .setHeader("Charges");
    rows.addColumn(r -> r.credit().signum() == 0 ? "" : number(r.credit(), shownCurrency))
        .setHeader("Credits");
    rows.addColumn(r -> number(r.balance(), shownCurrency)).setHeader("Balance");
    rows.setAllRowsVisible(true);
  }

  private AccountId selected() {
    Actor actor = UiActor.current();
    if (!actor.isStaff()) {
      return actor.ownAccount().orElse(null);
    }
    return account.getValue() == null ? null : account.getValue().id();
  }

  private void show() {
    AccountId id = selected();
    download.removeAll();
    if (id == null || from.getValue() == null || to.getValue() == null) {
      rows.setItems();
      totals.setText(UiActor.current().isStaff() ? "Pick an account" : "");
      return;
    }
    Actor actor = UiActor.current();
    String s = side.getValue();
    LocalDate f = from.getValue();
    LocalDate t = to.getValue().plusDays(1);
    Documents.attempt(
        () -> {
          Statement st = statements.statement(actor, id, s, f, t);
          shownCurrency = st.currency();
          rows.setItems(st.rows());
          totals.setText(
              "Opening "
                  + amount(st.opening(), st.currency())
                  + " · closing "
                  + amount(st.closing(), st.currency())
                  + ("CUSTOMER".equals(st.side())
                      ? " · usage not invoiced yet " + amount(st.unbilled(), st.currency())
                      : ""));
          download.add(
              Documents.pdfLink(
                  "Download PDF",
                  "statement-" + f + ".pdf",
                  () -> statements.pdf(actor, id, s, f, t)));
        },
        null);
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Statements", "Finance");
  }
}
