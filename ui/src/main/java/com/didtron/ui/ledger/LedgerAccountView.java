package com.didtron.ui.ledger;

import com.didtron.activities.ledger.LedgerBrowser;
import com.didtron.activities.ledger.LedgerBrowser.PostingRow;
import com.didtron.domain.ledger.LedgerAccount;
import com.didtron.domain.ledger.LedgerAccountId;
import com.didtron.ui.base.Amounts;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** One ledger account: its balances and its postings, newest first; a row opens its entry. */
@Route(value = "ledger/accounts/:id", layout = MainLayout.class)
@PageTitle("Ledger account · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "FINANCE", "AUDITOR"})
public class LedgerAccountView extends Div implements HasPageHeader, BeforeEnterObserver {
  private final transient LedgerBrowser browser;
  private LedgerAccount account;

  public LedgerAccountView(LedgerBrowser browser) {
    this.browser = browser;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    LedgerAccountId id = LedgerAccountId.of(event.getRouteParameters().get("id").orElse(""));
    account = browser.account(UiActor.current(), id);
    String balances =
        browser.balances(UiActor.current()).stream()
            .filter(r -> r.account().id().equals(id) && r.currency() != null)
            .map(r -> Amounts.format(r.account().type().normalBalance(r.balance()), r.currency()))
            .collect(Collectors.joining(" · "));
    Grid<PostingRow> g = new Grid<>();
    g.addColumn(r -> "#" + r.entryNo()).setHeader("Entry").setAutoWidth(true).setFlexGrow(0);
    g.addColumn(PostingRow::effectiveDate).setHeader("Date").setAutoWidth(true);
    g.addColumn(PostingRow::description).setHeader("Description").setFlexGrow(3);
    g.addColumn(r -> r.amount().currency().code()).setHeader("Currency").setAutoWidth(true);
    g.addColumn(r -> Amounts.debit(r.amount().amount(), r.amount().currency()))
        .setTooltipGenerator(r -> Amounts.precise(r.amount().amount()))
        .setHeader("Debit")
        .setTextAlign(ColumnTextAlign.END);
    g.addColumn(r -> Amounts.credit(r.amount().amount(), r.amount().currency()))
        .setTooltipGenerator(r -> Amounts.precise(r.amount().amount()))
        .setHeader("Credit")
        .setTextAlign(ColumnTextAlign.END);
    g.addColumn(r -> r.source().type().name()).setHeader("Source").setAutoWidth(true);
    g.addItemClickListener(
        e ->
            UI.getCurrent()
                .navigate(
                    JournalEntryView.class,
                    new RouteParameters("id", e.getItem().entryId().toString())));
    PagedGrid<PostingRow> paged =
        new PagedGrid<>(g, page -> browser.postings(UiActor.current(), id, page));
    removeAll();
    add(
        new Paragraph(
            account.type()
                + " · "
                + account.purpose()
                + " · balance "
                + (balances.isEmpty() ? "0.00" : balances)
                + " (on its normal side)"),
        paged);
    paged.refresh();
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of(
        account == null ? "Ledger account" : account.code() + " " + account.name(),
        "Finance",
        "Ledger");
  }

  @Override
  public Class<? extends Component> navParent() {
    return LedgerView.class;
  }
}
