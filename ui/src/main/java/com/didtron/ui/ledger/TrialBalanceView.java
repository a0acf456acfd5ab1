package com.didtron.ui.ledger;

import com.didtron.activities.ledger.LedgerBrowser;
import com.didtron.domain.ledger.TrialBalance;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.ui.base.Amounts;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The trial balance: every account per currency in debit and credit columns; totals per currency.
 */
@Route(value = "ledger/trial-balance", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.FINANCE,
    title = "Trial balance",
    order = 110,
    icon = VaadinIcon.TABLE)
@PageTitle("Trial balance · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "FINANCE", "AUDITOR"})
public class TrialBalanceView extends Div implements HasPageHeader {
  public TrialBalanceView(LedgerBrowser browser) {
    TrialBalance tb = browser.trialBalance(UiActor.current());
    Grid<TrialBalance.Line> g = new Grid<>();
    g.setAllRowsVisible(true);
    g.addClassName("dt-grid");
    g.addColumn(l -> l.account().code()).setHeader("Code").setAutoWidth(true).setFlexGrow(0);
    g.addColumn(l -> l.account().name()).setHeader("Account").setFlexGrow(3);
    g.addColumn(l -> l.currency().code()).setHeader("Currency").setAutoWidth(true);
    g.addColumn(l -> Amounts.number(l.debit(), l.currency()))
        .setTooltipGenerator(l -> Amounts.precise(l.debit()))
        .setHeader("Debit")
        .setTextAlign(ColumnTextAlign.END);
    g.addColumn(l -> Amounts.number(l.credit(), l.currency()))
        .setTooltipGenerator(l -> Amounts.precise(l.credit()))
        .setHeader("Credit")
        .setTextAlign(ColumnTextAlign.END);
    g.setItems(tb.lines());
    Div totals = new Div();
    for (Map.Entry<CurrencyCode, BigDecimal> t : tb.totals().entrySet()) {
      BigDecimal debits =
          tb.lines().stream()
              .filter(l -> l.currency().equals(t.getKey()))
              .map(TrialBalance.Line::debit)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      totals.add(
          new Paragraph(
              t.getKey()
                  + ": debits "
                  + Amounts.format(debits, t.getKey())
                  + ", credits "
                  + Amounts.format(debits.subtract(t.getValue()), t.getKey())
                  + (t.getValue().signum() == 0
                      ? " — balanced"
                      : " — OUT OF BALANCE by " + Amounts.precise(t.getValue(), t.getKey()))));
    }
    if (tb.lines().isEmpty()) {
      totals.add(new Paragraph("Nothing has been posted yet."));
    }
    add(g, totals);
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Trial balance", "Finance");
  }
}
