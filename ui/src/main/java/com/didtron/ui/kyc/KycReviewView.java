package com.didtron.ui.kyc;

import com.didtron.activities.kyc.KycReview;
import com.didtron.activities.kyc.KycReview.DocumentFile;
import com.didtron.activities.kyc.KycReview.QueueItem;
import com.didtron.activities.kyc.KycService;
import com.didtron.activities.storage.StoredFiles;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.didtron.ui.storage.FileLinks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Staff review of KYC cases waiting for a decision: the account, its country, when it reached
 * review, its documents (downloaded through the storage rule), and approve or reject with a
 * required reason. Both decisions signal the case's workflow, which emails the customer.
 */
@Route(value = "kyc-review", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.ACCOUNTS,
    title = "KYC review",
    order = 40,
    icon = VaadinIcon.USER_CHECK)
@PageTitle("KYC review · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "TENANT_ADMIN", "FINANCE"})
public class KycReviewView extends Div implements HasPageHeader {
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private final transient KycReview review;
  private final transient KycService kyc;
  private final transient StoredFiles files;
  private final Paragraph counts = new Paragraph();
  private final Grid<QueueItem> grid = new Grid<>();

  public KycReviewView(KycReview review, KycService kyc, StoredFiles files) {
    this.review = review;
    this.kyc = kyc;
    this.files = files;
    Actor actor = UiActor.current();
    counts.addClassName("dt-kyc-counts");
    grid.addClassName("dt-kyc-queue");
    grid.addColumn(QueueItem::accountName).setHeader("Account").setAutoWidth(true);
    grid.addColumn(i -> i.country() == null ? "—" : i.country())
        .setHeader("Country")
        .setAutoWidth(true);
    grid.addColumn(i -> i.identityVerified() ? "Verified" : "Manual review")
        .setHeader("Identity")
        .setAutoWidth(true);
    grid.addColumn(i -> i.submittedAt() == null ? "" : TIME.format(i.submittedAt()))
        .setHeader("In review since (UTC)")
        .setAutoWidth(true);
    grid.addComponentColumn(i -> documents(actor, i.documents()))
        .setHeader("Documents")
        .setKey("documents")
        .setFlexGrow(1);
    grid.addComponentColumn(this::actions)
        .setHeader("Decision")
        .setKey("decision")
        .setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
    add(counts, grid);
    refresh();
  }

  private Component documents(Actor actor, List<DocumentFile> docs) {
    Div d = new Div();
    d.addClassName("dt-kyc-documents");
    if (docs.isEmpty()) {
      d.add(new Span("No documents"));
    }
    for (DocumentFile doc : docs) {
      String label =
          doc.kind()
              + (doc.issuedOn() == null ? "" : " (" + doc.issuedOn() + ")")
              + (doc.fileName() == null ? "" : ": " + doc.fileName());
      Div line = new Div();
      line.add(
          doc.fileId() == null
              ? new Span(label + " — file removed")
              : FileLinks.download(files, actor, doc.fileId(), label));
      d.add(line);
    }
    return d;
  }

  private Component actions(QueueItem item) {
    Button approve =
        new Button("Approve", VaadinIcon.CHECK.create(), e -> approve(item.accountId()));
    approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
    approve.addClassName("dt-kyc-approve");
    Button reject = new Button("Reject…", VaadinIcon.CLOSE.create(), e -> openReject(item));
    reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
    reject.addClassName("dt-kyc-reject");
    Div d = new Div(approve, reject);
    d.addClassName("dt-row-actions");
    return d;
  }

  void approve(UUID account) {
    try {
      kyc.approve(UiActor.current(), new AccountId(account));
      Toasts.success("Approved; the customer is emailed");
    } catch (RuntimeException e) {
      Toasts.error(e.getMessage());
    }
    refresh();
  }

  /**
   * Rejects with the reason; an empty or too short reason is refused and the dialog stays open.
   *
   * @return whether the rejection was sent
   */
  boolean reject(UUID account, String reason) {
    try {
      kyc.reject(UiActor.current(), new AccountId(account), reason);
      Toasts.success("Rejected; the customer is emailed the reason");
      refresh();
      return true;
    } catch (RuntimeException e) {
      Toasts.error(e.getMessage());
      return false;
    }
  }

  private void openReject(QueueItem item) {
    Dialog d = new Dialog();
    d.addClassName("dt-kyc-reject-dialog");
    d.setHeaderTitle("Reject the verification of " + item.accountName());
    TextArea reason = new TextArea("Reason (emailed to the customer)");
    reason.setRequired(true);
    reason.setMaxLength(1000);
    reason.setWidthFull();
    reason.addClassName("dt-kyc-reason");
    d.add(reason);
    Button ok =
        new Button(
            "Reject",
            e -> {
              if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("Say why the verification is rejected");
                return;
              }
              if (reject(item.accountId(), reason.getValue())) {
                d.close();
              } else {
                reason.setInvalid(true);
              }
            });
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    ok.addClassName("dt-kyc-reject-confirm");
    d.getFooter().add(new Button("Cancel", e -> d.close()), ok);
    d.open();
  }

  void refresh() {
    List<QueueItem> items = review.queue(UiActor.current());
    grid.setItems(items);
    counts.setText(
        items.isEmpty()
            ? "No verification is waiting for review."
            : items.size() + " verification(s) waiting for review, oldest first.");
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("KYC review", "Accounts");
  }
}
