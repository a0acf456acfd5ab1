package com.didtron.ui.account;

import com.didtron.activities.kyc.KycReview;
import com.didtron.activities.kyc.KycReview.DocumentFile;
import com.didtron.activities.kyc.KycReview.Step;
import com.didtron.activities.kyc.KycService;
import com.didtron.activities.storage.StoredFiles;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.ui.storage.FileLinks;
import com.didtron.ui.workflow.RecordLinks;
import com.didtron.workflows.kyc.KycWorkflow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The KYC tab of an account: where its verification stands, each step with its time (from the
 * case's audit entries), its documents, and a link to the history of workflow {@code
 * kyc-<accountId>} for users who may read workflow histories.
 */
class AccountKycPanel extends Div {
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  AccountKycPanel(KycService kyc, KycReview review, StoredFiles files, Actor actor, AccountId id) {
    addClassName("dt-account-kyc");
    KycService.KycCase c = kyc.get(actor, id);
    Div details = new Div();
    details.addClassName("dt-details");
    details.add(row("State", c.state(), "dt-kyc-state"));
    details.add(row("Country", c.country() == null ? "—" : c.country(), null));
    details.add(
        row(
            "Identity",
            c.identityVerified()
                ? "verified " + TIME.format(c.identityVerifiedAt()) + " UTC"
                : "not verified by Stripe Identity (manual review)",
            null));
    if (c.rejectReason() != null) {
      details.add(row("Reject reason", c.rejectReason(), "dt-kyc-reason"));
    }
    String workflowId =
        c.workflowId() == null ? KycWorkflow.workflowId(id.value()) : c.workflowId();
    Div link = new Div(RecordLinks.runsOf(workflowId, "Workflow history of " + workflowId));
    link.addClassName("dt-kyc-workflow");

    Grid<Step> steps = new Grid<>();
    steps.addClassName("dt-kyc-steps");
    steps.addColumn(Step::state).setHeader("Step").setAutoWidth(true);
    steps.addColumn(s -> TIME.format(s.at())).setHeader("At (UTC)").setAutoWidth(true);
    steps.addColumn(Step::by).setHeader("By").setAutoWidth(true);
    steps.addColumn(s -> s.reason() == null ? "" : s.reason()).setHeader("Reason").setFlexGrow(1);
    steps.setAllRowsVisible(true);
    List<Step> list = review.steps(actor, id);
    steps.setItems(list);

    Div docs = new Div();
    docs.addClassName("dt-kyc-documents");
    List<DocumentFile> documents = review.documents(actor, id);
    if (documents.isEmpty()) {
      docs.add(new Span("No documents uploaded."));
    }
    for (DocumentFile d : documents) {
      String label =
          d.kind()
              + (d.issuedOn() == null ? "" : " (" + d.issuedOn() + ")")
              + " · "
              + d.reviewState()
              + (d.fileName() == null ? "" : " · " + d.fileName());
      docs.add(
          new Div(
              d.fileId() == null
                  ? new Span(label)
                  : FileLinks.download(files, actor, d.fileId(), label)));
    }
    add(
        details,
        link,
        new H4("Steps"),
        list.isEmpty() ? new Span("The verification has not started.") : steps,
        new H4("Documents"),
        docs);
  }

  private static Div row(String label, String value, String className) {
    Span l = new Span(label);
    l.addClassName("dt-details-label");
    Span v = new Span(value);
    if (className != null) {
      v.addClassName(className);
    }
    Div d = new Div(l, v);
    d.addClassName("dt-details-row");
    return d;
  }
}
