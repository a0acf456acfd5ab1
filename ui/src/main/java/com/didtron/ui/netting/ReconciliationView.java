package com.didtron.ui.netting;

import static com.didtron.ui.settlement.Documents.precise;

import com.didtron.activities.account.AccountFilter;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.input.InputLimits;
import com.didtron.activities.reconciliation.ReconciliationService;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.reconciliation.Difference;
import com.didtron.domain.reconciliation.Reconciliation;
import com.didtron.ui.base.CappedUpload;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.UiActor;
import com.didtron.ui.settlement.Documents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;

/**
 * Supplier reconciliation: pick a carrier, upload its invoice or CDR file (CSV: date, destination,
 * minutes or seconds, amount, call_id) or paste it, see the differences beyond the tolerance and
 * open a dispute for what the carrier charges beyond our rating.
 */
@Route(value = "reconciliation", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.FINANCE,
    title = "Supplier reconciliation",
    order = 90,
    icon = VaadinIcon.SCALE)
@PageTitle("Supplier reconciliation · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "FINANCE"})
public class ReconciliationView extends Div implements HasPageHeader {
  private final transient ReconciliationService reconciliations;
  private final ComboBox<Account> carrier = new ComboBox<>("Carrier");
  private final TextArea pasted = new TextArea("Or paste the CSV");
  private final Span summary = new Span();
  private final Grid<Difference> differences = new Grid<>();
  private Reconciliation shown;

  public ReconciliationView(
      ReconciliationService reconciliations, AccountService accounts, InputLimits limits) {
    this.reconciliations = reconciliations;
    carrier.setItems(
        accounts
            .find(
                UiActor.current(),
                new AccountFilter(null, AccountKind.CARRIER, false),
                new PageRequest(0, PageRequest.MAX_LIMIT))
            .rows());
    carrier.setItemLabelGenerator(Account::name);
    pasted.setWidthFull();
    pasted.setPlaceholder("date,destination,minutes,amount\n2026-03-04,UK Mobile,120,6.00");
    Upload upload = new Upload();
    CappedUpload.inMemory(
        upload,
        limits.reconciliationUpload(),
        "The usage file",
        "didtron.limits.reconciliation-upload",
        (meta, bytes) -> compare(meta.fileName(), new String(bytes, StandardCharsets.UTF_8)));
    upload.setAcceptedFileTypes(".csv", "text/csv");
    Button compare =
        new Button(
            "Compare pasted file",
            VaadinIcon.SCALE.create(),
            e -> compare("pasted.csv", pasted.getValue()));
    configureGrid();
    add(
        new Div(carrier),
        upload,
        pasted,
        compare,
        new H3("Differences beyond the tolerance"),
        summary,
        differences,
        Documents.rowButton("Open dispute", VaadinIcon.FLAG, this::dispute));
  }

  private void configureGrid() {
    differences.addColumn(Difference::level).setHeader("Level");
    differences.addColumn(d -> d.day().toString()).setHeader("Day");
    differences
        .addColumn(d -> d.destination() == null ? "" : d.destination())
        .setHeader("Destination");
    differences.addColumn(d -> d.callId() == null ? "" : d.callId()).setHeader("Call");
    differences
        .addColumn(d -> precise(d.theirMinutes()) + " / " + precise(d.ourMinutes()))
        .setHeader("Minutes theirs / ours");
    differences
        .addColumn(d -> precise(d.theirAmount()) + " / " + precise(d.ourAmount()))
        .setHeader("Amount theirs / ours");
    differences.addColumn(d -> precise(d.amountDifference())).setHeader("Difference");
    differences.setAllRowsVisible(true);
  }

  void compare(String fileName, String csv) {
    if (carrier.getValue() == null) {
      Documents.attempt(
          () -> {
            throw new IllegalArgumentException("Pick the carrier the file comes from");
          },
          null);
      return;
    }
    Documents.attempt(
        () ->
            show(
                reconciliations.importFile(
                    UiActor.current(), carrier.getValue().id(), fileName, csv)),
        null);
  }

  private void show(Reconciliation r) {
    shown = r;
    summary.setText(
        r.fileName()
            + " ("
            + r.from()
            + " to "
            + r.to()
            + "): carrier "
            + precise(r.theirAmount())
            + " "
            + r.currency()
            + " for "
            + precise(r.theirMinutes())
            + " min, our rating "
            + precise(r.ourAmount())
            + " for "
            + precise(r.ourMinutes())
            + " min; "
            + r.differences().size()
            + " difference(s)");
    differences.setItems(r.differences());
  }

  private void dispute() {
    if (shown == null) {
      Documents.attempt(
          () -> {
            throw new IllegalArgumentException("Compare a carrier file first");
          },
          null);
      return;
    }
    Documents.askText(
        "Open dispute for " + precise(shown.amountDifference()) + " " + shown.currency(),
        "Reason",
        "Open",
        reason ->
            Documents.attempt(
                () -> reconciliations.dispute(UiActor.current(), shown.id(), reason),
                "Dispute opened: netting holds it out until it is closed"));
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Supplier reconciliation", "Finance");
  }
}
