package com.didtron.ui.kyc;

import com.didtron.activities.input.InputTooLarge;
import com.didtron.activities.kyc.KycService;
import com.didtron.activities.kyc.identity.IdentityVerification;
import com.didtron.activities.storage.StorageSettings;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.did.KycDocument;
import com.didtron.ui.base.CappedUpload;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadMetadata;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * A customer's account verification (KYC): where the case stands and its steps, which documents the
 * numbers' country asks for and why, uploads (PDF, JPEG, PNG within {@code
 * didtron.storage.kyc-document-max}; refusals shown with the reason), and the identity check —
 * "Verify identity" opens Stripe Identity when it is configured, else the page says that
 * verification is by manual review. Stripe sends the customer back here.
 */
@Route(value = "verification", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.HOME,
    title = "Verification",
    order = 22,
    icon = VaadinIcon.USER_CHECK)
@PageTitle("Verification · DIDTron")
@RolesAllowed({"CUSTOMER"})
public class VerificationView extends Div implements HasPageHeader {
  private static final List<String> STEPS =
      List.of("IDENTITY_PENDING", "DOCUMENTS_REQUIRED", "IN_REVIEW", "VERIFIED");

  private final transient KycService kyc;
  private final Actor actor;
  private final AccountId account;
  private final Div state = new Div();
  private final OrderedList steps = new OrderedList();
  private final Div identity = new Div();
  private final Div start = new Div();
  private final Grid<KycService.Required> required = new Grid<>();
  private final Grid<KycService.Document> documents = new Grid<>();
  private final Select<KycDocument> kind = new Select<>();
  private final DatePicker issued = new DatePicker("Issued on (proof of address)");
  private final Span refusal = new Span();
  private final Paragraph noRequirements =
      new Paragraph(
          "Start the verification with the country of your numbers to see what it asks for.");

  public VerificationView(KycService kyc, StorageSettings storage) {
    this.kyc = kyc;
    this.actor = UiActor.current();
    this.account = actor.ownAccount().orElseThrow(() -> new AccessDenied("No account"));
    addClassName("dt-verification");
    state.addClassName("dt-kyc-state");
    steps.addClassName("dt-kyc-steps");
    identity.addClassName("dt-kyc-identity");
    refusal.addClassName("dt-kyc-refusal");
    refusal.addClassName("dt-warning");
    refusal.setVisible(false);

    required.addColumn(r -> label(r.document())).setHeader("Document").setAutoWidth(true);
    required.addColumn(KycService.Required::why).setHeader("Why").setFlexGrow(1);
    required
        .addColumn(r -> r.maxAgeDays() == null ? "any" : "at most " + r.maxAgeDays() + " days")
        .setHeader("Age")
        .setAutoWidth(true);
    required
        .addColumn(r -> r.uploaded() ? "provided" : "missing")
        .setHeader("Status")
        .setAutoWidth(true);
    required.setAllRowsVisible(true);
    required.addClassName("dt-kyc-required");

    documents.addColumn(d -> label(d.kind())).setHeader("Document").setAutoWidth(true);
    documents
        .addColumn(d -> d.issuedOn() == null ? "" : d.issuedOn().toString())
        .setHeader("Issued")
        .setAutoWidth(true);
    documents.addColumn(d -> d.reviewState().toLowerCase(Locale.ROOT)).setHeader("Review");
    documents.setAllRowsVisible(true);
    documents.addClassName("dt-kyc-documents");

    kind.setLabel("Document");
    kind.setItems(KycDocument.values());
    kind.setItemLabelGenerator(k -> label(k.name()));
    kind.setValue(KycDocument.PROOF_OF_ADDRESS);
    issued.setMax(LocalDate.now());
    issued.setWidth("16em");
    kind.setWidth("16em");
    start.addClassName("dt-kyc-start-form");
    Upload upload = new Upload();
    upload.setMaxFiles(1);
    upload.setAcceptedFileTypes(
        ".pdf", ".png", ".jpg", ".jpeg", "application/pdf", "image/png", "image/jpeg");
    CappedUpload.inMemory(
        upload,
        storage.kycDocumentMax(),
        "The KYC document",
        "didtron.storage.kyc-document-max",
        (meta, bytes) -> {
          uploaded(meta, bytes);
          upload.clearFileList();
        });

    add(
        new Paragraph(
            "Numbers in many countries may only be given to customers who have proven who and"
                + " where they are. Verify your account once; staff review what you send."),
        state,
        steps,
        new H3("Identity"),
        identity,
        start,
        new H3("Documents the regulator asks for"),
        noRequirements,
        required,
        new H3("Upload a document"),
        new Paragraph(
            "PDF, JPEG or PNG, "
                + CappedUpload.hint(storage.kycDocumentMax())
                + ". A proof of address shows the date it was issued."),
        row(kind, issued),
        upload,
        refusal,
        new H3("Your documents"),
        documents);
    refresh();
  }

  private void refresh() {
    KycService.KycCase c = kyc.get(actor, account);
    state.setText(
        "Status: "
            + describe(c.state())
            + (c.country() == null ? "" : " · numbers of " + c.country())
            + (c.rejectReason() == null ? "" : " · reason: " + c.rejectReason()));
    steps.removeAll();
    int at = STEPS.indexOf(c.state());
    String[] names = {
      "Identity check", "Documents the country asks for", "Review by our staff", "Verified"
    };
    for (int i = 0; i < names.length; i++) {
      ListItem li = new ListItem(names[i]);
      if (at >= 0 && i < at || "VERIFIED".equals(c.state())) {
        li.addClassName("dt-step-done");
        li.setText(names[i] + " ✓");
      } else if (i == at) {
        li.addClassName("dt-step-current");
        li.setText(names[i] + " (current)");
      }
      steps.add(li);
    }
    identity.removeAll();
    if ("stripe".equals(c.identityVerification())) {
      identity.add(new Paragraph(c.identityVerificationNote()));
      if (c.identityVerified()) {
        identity.add(new Paragraph("Your identity is verified."));
      } else if ("IDENTITY_PENDING".equals(c.state())) {
        if (c.identityReason() != null) {
          Paragraph why = new Paragraph("The last check did not pass: " + c.identityReason());
          why.addClassName("dt-warning");
          identity.add(why);
        }
        if ("processing".equals(c.identityStatus())) {
          identity.add(new Paragraph("Stripe is checking your document."));
        } else {
          Button verify = new Button("Verify identity", e -> openStripe());
          verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
          verify.addClassName("dt-kyc-verify");
          identity.add(verify);
        }
      }
    } else {
      Paragraph manual = new Paragraph(c.identityVerificationNote());
      manual.addClassName("dt-kyc-manual");
      identity.add(manual);
    }
    start.removeAll();
    if ("NOT_STARTED".equals(c.state()) || "REJECTED".equals(c.state())) {
      TextField country = new TextField("Country of the numbers (ISO code)");
      country.setPlaceholder("DE");
      country.setMaxLength(2);
      if (c.country() != null) {
        country.setValue(c.country());
      }
      Button go =
          new Button(
              "REJECTED".equals(c.state()) ? "Start again" : "Start verification",
              e -> {
                try {
                  kyc.start(
                      actor, account, country.getValue().isBlank() ? null : country.getValue());
                  Toasts.success("Verification started");
                } catch (IllegalArgumentException | IllegalStateException | AccessDenied ex) {
                  Toasts.error(ex.getMessage());
                }
                refresh();
              });
      go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      go.addClassName("dt-kyc-start");
      country.setWidth("18em");
      start.add(row(country, go));
    }
    required.setItems(c.required());
    required.setVisible(!c.required().isEmpty());
    noRequirements.setVisible(c.required().isEmpty());
    documents.setItems(c.documents());
  }

  private void openStripe() {
    try {
      KycService.IdentityLink link = kyc.identityLink(actor, account);
      getUI().ifPresent(ui -> ui.getPage().setLocation(link.url()));
    } catch (IdentityVerification.IdentityFailure e) {
      // The detail (provider answer, missing settings) is for the log, not for the customer.
      LoggerFactory.getLogger(VerificationView.class)
          .warn("Identity verification could not start: {}", e.getMessage());
      Toasts.error(
          "Online identity verification is not available right now. Upload your documents"
              + " below: our team reviews them.");
      refresh();
    } catch (IllegalStateException | AccessDenied e) {
      Toasts.error(e.getMessage());
      refresh();
    }
  }

  private void uploaded(UploadMetadata meta, byte[] bytes) {
    try {
      kyc.upload(
          actor,
          account,
          kind.getValue(),
          issued.getValue(),
          meta.fileName(),
          new ByteArrayInputStream(bytes));
      refusal.setVisible(false);
      Toasts.success(label(kind.getValue().name()) + " uploaded");
    } catch (IllegalArgumentException | InputTooLarge | AccessDenied e) {
      String why = e instanceof InputTooLarge big ? big.forPeople() : e.getMessage();
      refusal.setText("Not accepted: " + why);
      refusal.setVisible(true);
      Toasts.error(why);
    }
    refresh();
  }

  private static HorizontalLayout row(Component... parts) {
    HorizontalLayout row = new HorizontalLayout(parts);
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    return row;
  }

  private static String describe(String state) {
    return switch (state) {
      case "NOT_STARTED" -> "not started";
      case "IDENTITY_PENDING" -> "waiting for your identity check";
      case "DOCUMENTS_REQUIRED" -> "waiting for your documents";
      case "IN_REVIEW" -> "in review by our staff";
      case "VERIFIED" -> "verified";
      case "REJECTED" -> "not accepted";
      default -> state.toLowerCase(Locale.ROOT);
    };
  }

  private static String label(String document) {
    String s = document.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Verification", "Home");
  }
}
