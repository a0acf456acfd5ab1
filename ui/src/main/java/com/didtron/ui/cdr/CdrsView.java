package com.didtron.ui.cdr;

import com.didtron.activities.account.AccountFilter;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.cdr.CarrierCdrView;
import com.didtron.activities.cdr.CdrAudience;
import com.didtron.activities.cdr.CdrFilter;
import com.didtron.activities.cdr.CdrIngestService;
import com.didtron.activities.cdr.CdrQueryService;
import com.didtron.activities.cdr.CdrTotals;
import com.didtron.activities.cdr.CdrView;
import com.didtron.activities.cdr.CdrWorkflows;
import com.didtron.activities.cdr.CustomerCdrView;
import com.didtron.activities.cdr.StaffCdrView;
import com.didtron.activities.input.InputLimits;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.user.Role;
import com.didtron.ui.base.Amounts;
import com.didtron.ui.base.Card;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.didtron.ui.ratedeck.Formats;
import com.didtron.ui.workflow.RecordLinks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CDR browser: filter by account, carrier, number prefix, period and status; pages read by
 * cursor on the server ({@link CdrPager}: newest, newer, older — no deep offsets); totals; CSV
 * export streamed from the database; upload and re-rate for finance. A portal user sees only its
 * own account's CDRs.
 */
@Route(value = "cdrs", layout = MainLayout.class)
@MenuPage(module = MenuModule.RATING, title = "CDRs", order = 30, icon = VaadinIcon.PHONE)
@PageTitle("CDRs · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "FINANCE", "ANALYST", "AUDITOR", "CUSTOMER", "CARRIER"})
public class CdrsView extends Div implements HasPageHeader, BeforeEnterObserver {
  private final transient CdrQueryService cdrs;
  private final transient CdrIngestService ingest;
  private final transient CdrWorkflows workflows;
  private final transient InputLimits limits;
  private final ComboBox<Account> account = new ComboBox<>();
  private final ComboBox<Account> carrier = new ComboBox<>();
  private final TextField number = new TextField();
  private final DateTimePicker from = new DateTimePicker();
  private final DateTimePicker to = new DateTimePicker();
  private final Select<String> status = new Select<>();
  private final Span estimate = new Span();
  private final Div totals = new Div();
  private final CdrPager grid;
  private volatile CdrFilter current = CdrFilter.all();

  public CdrsView(
      CdrQueryService cdrs,
      CdrIngestService ingest,
      CdrWorkflows workflows,
      AccountService accounts,
      InputLimits limits) {
    this.limits = limits;
    this.cdrs = cdrs;
    this.ingest = ingest;
    this.workflows = workflows;
    this.grid =
        new CdrPager(
            (after, before, limit) -> cdrs.slice(UiActor.current(), current, after, before, limit));
    configureFilters(accounts);
    configureGrid();
    totals.addClassName("dt-cards");
    add(toolbar(), estimate, totals, grid);
  }

  private void configureFilters(AccountService accounts) {
    for (var pair :
        List.of(
            Map.entry(account, AccountKind.CUSTOMER), Map.entry(carrier, AccountKind.CARRIER))) {
      ComboBox<Account> box = pair.getKey();
      box.setPlaceholder(pair.getValue() == AccountKind.CUSTOMER ? "Any customer" : "Any carrier");
      box.setAriaLabel(pair.getValue() == AccountKind.CUSTOMER ? "Customer" : "Carrier");
      box.setItemLabelGenerator(Account::name);
      box.setItems(
          q ->
              accounts
                  .find(
                      UiActor.current(),
                      new AccountFilter(q.getFilter().orElse(""), pair.getValue(), false),
                      new PageRequest(q.getOffset(), q.getLimit()))
                  .rows()
                  .stream());
      box.setClearButtonVisible(true);
      box.addValueChangeListener(e -> refresh());
    }
    number.setPlaceholder("Number prefix");
    number.setAriaLabel("Number prefix");
    number.setPrefixComponent(VaadinIcon.PHONE.create());
    number.setValueChangeMode(ValueChangeMode.LAZY);
    number.setClearButtonVisible(true);
    number.addValueChangeListener(e -> refresh());
    from.setDatePlaceholder("From (UTC)");
    to.setDatePlaceholder("To (UTC)");
    from.setAriaLabel("From (UTC)");
    to.setAriaLabel("To (UTC)");
    from.addValueChangeListener(e -> refresh());
    to.addValueChangeListener(e -> refresh());
    status.setItems("RATED", "UNRATED");
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption("Rated and unrated");
    status.setAriaLabel("Status");
    status.addValueChangeListener(e -> refresh());
  }

  private Div toolbar() {
    Div bar = new Div();
    if (UiActor.current().isStaff()) {
      bar.add(account, carrier);
    }
    bar.add(number, from, to, status);
    bar.addClassName("dt-toolbar");
    return bar;
  }

  private void configureGrid() {
    CdrAudience audience = cdrs.audience(UiActor.current());
    Grid<CdrView> g = grid.grid();
    g.addColumn(r -> Formats.instant(r.startTime())).setHeader("Start (UTC)").setAutoWidth(true);
    g.addColumn(CdrView::callId).setHeader("Call id");
    if (audience == CdrAudience.STAFF) {
      g.addColumn(r -> ((StaffCdrView) r).account()).setHeader("Customer");
      g.addColumn(r -> ((StaffCdrView) r).carrier()).setHeader("Carrier");
    }
    g.addColumn(CdrView::callee).setHeader("Number").setAutoWidth(true);
    g.addColumn(r -> r.duration().toPlainString()).setHeader("Seconds");
    g.addColumn(r -> r.reason() == null ? r.status() : r.status() + " · " + r.reason())
        .setHeader("Status")
        .setAutoWidth(true);
    switch (audience) {
      case STAFF -> {
        g.addColumn(
                r ->
                    money(((StaffCdrView) r).customerCost(), ((StaffCdrView) r).customerCurrency()))
            .setHeader("Customer cost")
            .setAutoWidth(true);
        g.addColumn(
                r -> money(((StaffCdrView) r).carrierCost(), ((StaffCdrView) r).carrierCurrency()))
            .setHeader("Carrier cost")
            .setAutoWidth(true);
        g.addColumn(r -> Formats.decimal(((StaffCdrView) r).margin())).setHeader("Margin");
      }
      case CUSTOMER -> {
        g.addColumn(r -> ((CustomerCdrView) r).prefix()).setHeader("Prefix");
        g.addColumn(r -> money(((CustomerCdrView) r).cost(), ((CustomerCdrView) r).currency()))
            .setHeader("Cost")
            .setAutoWidth(true);
      }
      case CARRIER -> {
        g.addColumn(r -> ((CarrierCdrView) r).prefix()).setHeader("Prefix");
        g.addColumn(r -> money(((CarrierCdrView) r).cost(), ((CarrierCdrView) r).currency()))
            .setHeader("Cost")
            .setAutoWidth(true);
      }
    }
  }

  private static String money(BigDecimal amount, String currency) {
    return amount == null ? "" : Amounts.precise(amount, CurrencyCode.of(currency));
  }

  /** Applies the filters: first page, totals. */
  void refresh() {
    current =
        new CdrFilter(
            account.getValue() == null ? null : account.getValue().id().value(),
            carrier.getValue() == null ? null : carrier.getValue().id().value(),
            number.getValue(),
            from.getValue() == null ? null : from.getValue().toInstant(ZoneOffset.UTC),
            to.getValue() == null ? null : to.getValue().toInstant(ZoneOffset.UTC),
            status.getValue());
    grid.refresh();
    CdrQueryService.Count count = cdrs.count(UiActor.current(), current);
    estimate.setText(
        count.capped()
            ? Formats.count(count.total())
                + "+ CDRs match: narrow the filter for an exact count and totals"
            : Formats.count(count.total()) + (count.total() == 1 ? " CDR matches" : " CDRs match"));
    showTotals(cdrs.totals(UiActor.current(), current));
  }

  private void showTotals(CdrTotals t) {
    totals.removeAll();
    if (t.lines() == null) {
      return;
    }
    totals.add(new Card("CDRs", Formats.count(t.cdrs()), Formats.count(t.unrated()) + " unrated"));
    for (CdrTotals.Line l : t.lines()) {
      String hint =
          Formats.count(l.calls())
              + (l.calls() == 1 ? " call, " : " calls, ")
              + Formats.count(l.billableSeconds() / 60)
              + " billable min";
      boolean staff = l.customerCost() != null && l.carrierCost() != null;
      if (l.customerCost() != null) {
        totals.add(
            new Card(
                (staff ? "Customer cost " : "Cost ") + l.customerCurrency(),
                Amounts.format(l.customerCost(), CurrencyCode.of(l.customerCurrency())),
                hint));
      }
      if (l.carrierCost() != null) {
        totals.add(
            new Card(
                (staff ? "Carrier cost " : "Cost ") + l.carrierCurrency(),
                Amounts.format(l.carrierCost(), CurrencyCode.of(l.carrierCurrency())),
                hint));
      }
      if (l.margin() != null) {
        totals.add(
            new Card(
                "Margin",
                Amounts.number(l.margin(), CurrencyCode.of(l.customerCurrency())),
                l.customerCurrency() + " sold, " + l.carrierCurrency() + " bought"));
      }
    }
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    refresh();
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("CDRs", "Rating");
  }

  @Override
  public List<Component> headerActions() {
    Actor actor = UiActor.current();
    List<Component> actions = new ArrayList<>();
    Anchor export =
        new Anchor(
            (DownloadHandler)
                event -> {
                  event.setFileName("cdrs.csv");
                  event.setContentType("text/csv");
                  cdrs.export(actor, current, event.getOutputStream());
                },
            "Export CSV");
    export.addClassName("dt-export");
    actions.add(export);
    actions.add(RecordLinks.runsOf("cdr-inbox", "CDR batch workflows"));
    if (actor.has(Role.SUPER_ADMIN) || actor.has(Role.FINANCE)) {
      actions.add(
          new Button(
              "Re-rate", VaadinIcon.REFRESH.create(), e -> new RerateDialog(workflows).open()));
      actions.add(
          new Button(
              "Sweep inbox",
              VaadinIcon.INBOX.create(),
              e -> {
                var run = workflows.sweepInboxNow(UiActor.current());
                Toasts.success("Inbox sweep started (" + run.workflowId() + ")");
              }));
      Button upload =
          new Button(
              "Upload CDRs",
              VaadinIcon.UPLOAD.create(),
              e -> new CdrUploadDialog(ingest, limits, this::refresh).open());
      upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      actions.add(upload);
    }
    return actions;
  }
}
