package com.didtron.ui.ledger;

import com.didtron.activities.ledger.LedgerBrowser;
import com.didtron.activities.ledger.LedgerBrowser.EntryDetail;
import com.didtron.domain.ledger.JournalEntry;
import com.didtron.domain.ledger.JournalEntryId;
import com.didtron.domain.ledger.LedgerAccount;
import com.didtron.domain.ledger.PostedLine;
import com.didtron.domain.user.Role;
import com.didtron.ui.base.Amounts;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.UiActor;
import com.didtron.ui.workflow.WorkflowRunView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * One journal entry: who posted it and when, its lines (with FX rates), the reversal links, its
 * source document, and a link to the history of the workflow that posted it.
 */
@Route(value = "ledger/entries/:id", layout = MainLayout.class)
@PageTitle("Journal entry · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "FINANCE", "AUDITOR"})
public class JournalEntryView extends Div implements HasPageHeader, BeforeEnterObserver {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private final transient LedgerBrowser browser;
  private JournalEntry entry;

  public JournalEntryView(LedgerBrowser browser) {
    this.browser = browser;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    EntryDetail d =
        browser.entry(
            UiActor.current(), JournalEntryId.of(event.getRouteParameters().get("id").orElse("")));
    entry = d.entry();
    removeAll();
    add(
        header(d),
        lines(d),
        new H3("Source document: " + entry.source().type() + " " + entry.source().id()),
        source(d));
  }

  private Div header(EntryDetail d) {
    Div details = new Div();
    details.addClassName("dt-details");
    details.add(
        row("Description", new Span(entry.description())),
        row("Effective date", new Span(entry.effectiveDate().toString())),
        row("Posted", new Span(TIME.format(entry.postedAt()) + " UTC by " + entry.postedBy())),
        row("Idempotency key", new Span(entry.idempotencyKey())),
        row("Workflow", workflow(d)));
    if (entry.reversesEntryId() != null) {
      details.add(row("Reverses", entryLink("the original entry", entry.reversesEntryId())));
    }
    if (d.reversedBy() != null) {
      details.add(
          row("Reversed by", entryLink("entry #" + d.reversedBy().entryNo(), d.reversedBy().id())));
    }
    return details;
  }

  private Component workflow(EntryDetail d) {
    if (entry.workflowId() == null) {
      return new Span("none (posted directly by " + entry.postedBy() + ")");
    }
    boolean canRead =
        UiActor.current().has(Role.SUPER_ADMIN) || UiActor.current().has(Role.AUDITOR);
    if (d.workflowRunId() == null || !canRead) {
      return new Span(entry.workflowId());
    }
    return new RouterLink(
        entry.workflowId(),
        WorkflowRunView.class,
        new RouteParameters(Map.of("workflowId", entry.workflowId(), "runId", d.workflowRunId())));
  }

  private Grid<PostedLine> lines(EntryDetail d) {
    Grid<PostedLine> g = new Grid<>();
    g.setAllRowsVisible(true);
    g.addComponentColumn(
            l -> {
              LedgerAccount a = d.accounts().get(l.account());
              return new RouterLink(
                  a.code() + " " + a.name(),
                  LedgerAccountView.class,
                  new RouteParameters("id", a.id().toString()));
            })
        .setHeader("Account")
        .setFlexGrow(3);
    g.addColumn(l -> l.amount().currency().code()).setHeader("Currency").setAutoWidth(true);
    g.addColumn(l -> Amounts.debit(l.amount().amount(), l.amount().currency()))
        .setTooltipGenerator(l -> Amounts.precise(l.amount().amount()))
        .setHeader("Debit")
        .setTextAlign(ColumnTextAlign.END);
    g.addColumn(l -> Amounts.credit(l.amount().amount(), l.amount().currency()))
        .setTooltipGenerator(l -> Amounts.precise(l.amount().amount()))
        .setHeader("Credit")
        .setTextAlign(ColumnTextAlign.END);
    g.addColumn(
            l -> l.fxRate() == null ? "no rate" : l.fxRate().stripTrailingZeros().toPlainString())
        .setHeader("FX rate");
    g.addColumn(l -> Amounts.precise(l.baseAmount()))
        .setHeader("Base amount")
        .setTextAlign(ColumnTextAlign.END);
    g.addColumn(l -> l.memo() == null ? "" : l.memo()).setHeader("Memo").setFlexGrow(2);
    g.setItems(entry.lines());
    return g;
  }

  private static Div source(EntryDetail d) {
    Div doc = new Div();
    doc.addClassName("dt-details");
    if (d.sourceDocument().isEmpty()) {
      doc.add(
          new Span("The document is not stored by the ledger's features (or no longer exists)."));
    }
    d.sourceDocument().forEach((k, v) -> doc.add(row(k, new Span(v))));
    return doc;
  }

  private static RouterLink entryLink(String text, JournalEntryId id) {
    return new RouterLink(text, JournalEntryView.class, new RouteParameters("id", id.toString()));
  }

  private static Div row(String label, Component value) {
    Span l = new Span(label);
    l.addClassName("dt-details-label");
    Div d = new Div(l, value);
    d.addClassName("dt-details-row");
    return d;
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of(
        entry == null ? "Journal entry" : "Entry #" + entry.entryNo(), "Finance", "Ledger");
  }

  @Override
  public Class<? extends Component> navParent() {
    return LedgerView.class;
  }
}
