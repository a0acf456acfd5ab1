package com.didtron.ui.ledger;

import com.didtron.activities.ledger.LedgerBrowser;
import com.didtron.activities.ledger.LedgerBrowser.BalanceRow;
import com.didtron.domain.page.Page;
import com.didtron.ui.base.Amounts;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The ledger browser's start: the chart of accounts with each balance per currency. A row opens the
 * account's postings; from there an entry, its source document and the workflow that posted it.
 */
@Route(value = "ledger", layout = MainLayout.class)
@MenuPage(module = MenuModule.FINANCE, title = "Ledger", order = 100, icon = VaadinIcon.BOOK)
@PageTitle("Ledger · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "FINANCE", "AUDITOR"})
public class LedgerView extends Div implements HasPageHeader {
  public LedgerView(LedgerBrowser browser) {
    List<BalanceRow> rows = browser.balances(UiActor.current());
    Grid<BalanceRow> g = new Grid<>();
    g.addColumn(r -> r.account().code()).setHeader("Code").setAutoWidth(true).setFlexGrow(0);
    g.addColumn(r -> r.account().name())
        .setHeader("Account")
        .setWidth("14em")
        .setFlexGrow(3)
        .setTooltipGenerator(r -> r.account().name());
    g.addColumn(r -> r.account().type().name()).setHeader("Type").setAutoWidth(true);
    g.addColumn(r -> r.currency() == null ? "" : r.currency().code())
        .setHeader("Currency")
        .setAutoWidth(true);
    g.addColumn(r -> Amounts.debit(r.balance(), r.currency()))
        .setTooltipGenerator(r -> Amounts.precise(r.balance()))
        .setHeader("Debit")
        .setTextAlign(ColumnTextAlign.END);
    g.addColumn(r -> Amounts.credit(r.balance(), r.currency()))
        .setTooltipGenerator(r -> Amounts.precise(r.balance()))
        .setHeader("Credit")
        .setTextAlign(ColumnTextAlign.END);
    g.addColumn(BalanceRow::postings).setHeader("Postings").setAutoWidth(true);
    g.addItemClickListener(
        e -> {
          if (e.getItem().account().postable()) {
            UI.getCurrent()
                .navigate(
                    LedgerAccountView.class,
                    new RouteParameters("id", e.getItem().account().id().toString()));
          }
        });
    PagedGrid<BalanceRow> paged =
        new PagedGrid<>(
            g,
            page ->
                new Page<>(
                    rows.subList(
                        Math.min(page.offset(), rows.size()),
                        Math.min(page.offset() + page.limit(), rows.size())),
                    rows.size()));
    add(
        new Paragraph(
            "Balances are debit-positive: a customer with prepaid funds stands on the credit side. "
                + "Open an account to see its postings."),
        paged);
    paged.refresh();
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Ledger", "Finance");
  }
}
