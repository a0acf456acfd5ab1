package com.didtron.ui.notification;

import com.didtron.activities.notification.Outbox;
import com.didtron.activities.notification.OutboxDispatcher;
import com.didtron.domain.notification.OutboxMessage;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The email outbox: every alert and notice, whether and when it was sent, and why not. */
@Route(value = "outbox", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.ADMINISTRATION,
    title = "Email outbox",
    order = 50,
    icon = VaadinIcon.ENVELOPES)
@PageTitle("Email outbox · DIDTron")
@RolesAllowed("SUPER_ADMIN")
public class OutboxView extends Div implements HasPageHeader {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private final Select<OutboxMessage.Status> status = new Select<>();
  private final PagedGrid<OutboxMessage> grid;

  public OutboxView(Outbox outbox, OutboxDispatcher dispatcher) {
    String why = dispatcher.notSendingBecause();
    Paragraph banner =
        new Paragraph(
            why == null
                ? "Emails are delivered through Brevo."
                : "Emails are not sent: "
                    + why
                    + ". They wait here and go out once delivery is configured.");
    banner.addClassName(why == null ? "dt-banner" : "dt-banner-warning");
    status.setItems(OutboxMessage.Status.values());
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption("Any status");
    status.setAriaLabel("Status");
    grid =
        new PagedGrid<>(
            configureGrid(), page -> outbox.find(UiActor.current(), status.getValue(), page));
    status.addValueChangeListener(e -> grid.refresh());
    Div bar = new Div(status);
    bar.addClassName("dt-toolbar");
    add(banner, bar, grid);
    grid.refresh();
  }

  private Grid<OutboxMessage> configureGrid() {
    Grid<OutboxMessage> g = new Grid<>();
    g.addColumn(m -> TIME.format(m.createdAt())).setHeader("Created (UTC)").setAutoWidth(true);
    g.addColumn(OutboxMessage::kind).setHeader("Kind").setAutoWidth(true);
    g.addColumn(OutboxMessage::to).setHeader("To").setFlexGrow(1);
    g.addColumn(OutboxMessage::subject).setHeader("Subject").setFlexGrow(2);
    g.addColumn(m -> m.status().name()).setHeader("Status").setAutoWidth(true);
    g.addColumn(OutboxMessage::attempts).setHeader("Attempts").setAutoWidth(true);
    g.addColumn(m -> m.lastError() == null ? "" : m.lastError())
        .setHeader("Last error")
        .setFlexGrow(1);
    g.addItemClickListener(e -> show(e.getItem()));
    return g;
  }

  private static void show(OutboxMessage m) {
    Dialog d = new Dialog();
    d.setHeaderTitle(m.subject());
    d.add(
        new Paragraph(
            "To "
                + m.to()
                + " · "
                + m.status()
                + (m.sentAt() == null ? "" : " at " + TIME.format(m.sentAt()) + " UTC")),
        new Pre(m.text()));
    d.getFooter().add(new Button("Close", e -> d.close()));
    d.open();
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Email outbox", "Administration");
  }
}
