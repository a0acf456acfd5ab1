package com.didtron.ui.payment;

import com.didtron.activities.payment.TopUps;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.payment.Payment;
import com.didtron.ui.base.Amounts;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.Times;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import java.util.function.Supplier;

/** The shared list of payments (newest first) for the portal and the finance pages. */
final class PaymentsGrid {
  private PaymentsGrid() {}

  static PagedGrid<Payment> of(TopUps topUps, Supplier<AccountId> account) {
    Grid<Payment> g = new Grid<>();
    columns(g);
    PagedGrid<Payment> paged =
        new PagedGrid<>(
            g,
            page -> topUps.find(UiActor.current(), account == null ? null : account.get(), page));
    paged.refresh();
    return paged;
  }

  static void columns(Grid<Payment> g) {
    g.addColumn(p -> Times.dateTime(p.createdAt())).setHeader("Created").setAutoWidth(true);
    g.addColumn(p -> p.provider().name()).setHeader("Via").setAutoWidth(true);
    g.addColumn(p -> Amounts.format(p.amount()))
        .setHeader("Amount")
        .setTextAlign(ColumnTextAlign.END);
    g.addColumn(p -> p.status().name()).setHeader("Status").setAutoWidth(true);
    g.addColumn(p -> p.reason() == null ? "" : p.reason()).setHeader("Reason").setFlexGrow(2);
    g.addColumn(p -> p.refundReason() == null ? "" : "refund: " + p.refundReason())
        .setHeader("Refund")
        .setFlexGrow(1);
  }
}
