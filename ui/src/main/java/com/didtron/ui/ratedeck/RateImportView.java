package com.didtron.ui.ratedeck;

import com.didtron.activities.input.InputLimits;
import com.didtron.activities.ratedeck.ActivationOutcome;
import com.didtron.activities.ratedeck.ImportOutcome;
import com.didtron.activities.ratedeck.ImportProgress;
import com.didtron.activities.ratedeck.ImportRequest;
import com.didtron.activities.ratedeck.RateCard;
import com.didtron.activities.ratedeck.RateCardService;
import com.didtron.activities.ratedeck.RateCardVersion;
import com.didtron.activities.ratedeck.RateImportService;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.ratedeck.RateCardVersionStatus;
import com.didtron.rating.deck.ColumnMapping;
import com.didtron.rating.deck.CsvPreview;
import com.didtron.rating.deck.ImportMode;
import com.didtron.ui.base.ActionDock;
import com.didtron.ui.base.CappedUpload;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadMetadata;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

/**
 * The deck import wizard: choose the card and Add or Replace, upload the file, check the column
 * mapping against its first rows, import (with a progress bar for large files), read the change
 * report with its flags and invalid rows, then activate or discard.
 */
@Route(value = "rates/import", layout = MainLayout.class)
@PageTitle("Import a deck · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "FINANCE"})
public class RateImportView extends Div implements HasPageHeader, BeforeEnterObserver {
  /** Files from this size on import in the background behind a progress bar. */
  static final long BACKGROUND_BYTES = 2L << 20;

  private final transient RateCardService cards;
  private final transient RateImportService imports;
  private final ComboBox<RateCard> card = new ComboBox<>("Rate card");
  private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>("Mode");
  private final Upload upload = new Upload();
  private final Div step = new Div();
  private final Checkbox saveMapping =
      new Checkbox("Save this column mapping for the card's owner", true);
  private final Checkbox skipInvalid = new Checkbox();
  private final Checkbox confirmClose = new Checkbox();
  private final Button importButton = new Button("Import", e -> startImport());
  private final Button activate = new Button("Activate", e -> activate());
  private final Button discard = new Button("Discard", e -> discard());
  private final ActionDock dock = new ActionDock(discard, importButton, activate);
  private File uploaded;
  private String fileName;
  private ColumnMappingForm mappingForm;
  private RateCardVersion version;

  public RateImportView(RateCardService cards, RateImportService imports, InputLimits limits) {
    this.cards = cards;
    this.imports = imports;
    configureChoices(limits);
    importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
    discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    show(false, false);
    Div choose = new Div(card, mode, upload);
    choose.addClassName("dt-stack");
    step.addClassName("dt-stack");
    add(choose, step, dock);
  }

  private void configureChoices(InputLimits limits) {
    card.setItemLabelGenerator(c -> c.label() + " (" + c.currency().code() + ")");
    card.setItems(
        q ->
            cards
                .find(
                    UiActor.current(),
                    q.getFilter().orElse(""),
                    null,
                    new PageRequest(q.getOffset(), q.getLimit()))
                .rows()
                .stream());
    card.setWidth("24em");
    mode.setItems(ImportMode.values());
    mode.setItemLabelGenerator(
        m ->
            m == ImportMode.ADD
                ? "Add: update the prefixes in the file, keep the others"
                : "Replace (A-Z): the file is the whole deck, prefixes missing from it close");
    mode.setValue(ImportMode.ADD);
    CappedUpload.toTempFile(
        upload, limits.deckUpload(), "The deck file", "didtron.limits.deck-upload", this::uploaded);
    upload.setMaxFiles(1);
    upload.setAcceptedFileTypes(".csv", "text/csv");
  }

  private void uploaded(UploadMetadata meta, File file) throws IOException {
    if (card.getValue() == null) {
      Files.deleteIfExists(file.toPath());
      Toasts.error("Choose the rate card first, then upload the file");
      return;
    }
    uploaded = file;
    fileName = meta.fileName();
    CsvPreview preview;
    try (InputStream in = Files.newInputStream(file.toPath())) {
      preview = CsvPreview.read(in, 10);
    }
    mappingForm = new ColumnMappingForm(preview, initialMapping(preview));
    step.removeAll();
    step.add(mappingForm, saveMapping);
    show(true, false);
    dock.setStatus(fileName + ": check the columns, then import");
  }

  private ColumnMapping initialMapping(CsvPreview preview) {
    AccountId owner = new AccountId(card.getValue().ownerId());
    return cards
        .mapping(UiActor.current(), owner)
        .filter(m -> m.problems(preview.header()).isEmpty())
        .orElseGet(() -> ColumnMapping.suggest(preview.header()));
  }

  private void startImport() {
    if (uploaded == null || mappingForm == null) {
      Toasts.error("Upload a deck file first");
      return;
    }
    if (!mappingForm.problems().isEmpty()) {
      Toasts.error(mappingForm.problems().get(0));
      return;
    }
    Actor actor = UiActor.current();
    ColumnMapping mapping = mappingForm.mapping();
    RateCard target = card.getValue();
    if (saveMapping.getValue() && !mapping.isCanonical()) {
      cards.saveMapping(actor, new AccountId(target.ownerId()), mapping);
    }
    ImportRequest request =
        new ImportRequest(target.id(), mode.getValue(), fileName, mapping, null);
    if (uploaded.length() < BACKGROUND_BYTES) {
      finished(runImport(actor, request, ImportProgress.none()));
    } else {
      ImportProgressBar bar = new ImportProgressBar(UI.getCurrent());
      step.removeAll();
      step.add(bar);
      show(false, false);
      Thread.ofVirtual()
          .name("deck-import")
          .start(
              () -> {
                ImportOutcome outcome = runImport(actor, request, bar);
                bar.done(() -> finished(outcome));
              });
    }
  }

  private ImportOutcome runImport(Actor actor, ImportRequest request, ImportProgress bar) {
    try (InputStream in = Files.newInputStream(uploaded.toPath())) {
      return imports.stage(actor, request, in, uploaded.length(), bar);
    } catch (IOException | RuntimeException e) {
      return new ImportOutcome.Refused("The import failed: " + e.getMessage(), List.of());
    } finally {
      uploaded.delete();
    }
  }

  private void finished(ImportOutcome outcome) {
    uploaded = null;
    switch (outcome) {
      case ImportOutcome.Staged staged -> showReport(staged.version());
      case ImportOutcome.Refused refused -> {
        step.removeAll();
        step.add(new Span(refused.reason()));
        refused.errors().stream().limit(20).forEach(e -> step.add(new Div(new Span(e.toString()))));
        show(false, false);
        dock.setStatus("Nothing was imported: " + refused.reason());
        Toasts.error(refused.reason());
      }
    }
  }

  private void showReport(RateCardVersion v) {
    version = v;
    step.removeAll();
    step.add(new ImportReport(cards, v));
    boolean draft = v.status() == RateCardVersionStatus.DRAFT;
    if (draft && v.errorRows() > 0) {
      skipInvalid.setLabel(
          "Skip the " + Formats.count(v.errorRows()) + " invalid rows listed above");
      step.add(skipInvalid);
    }
    if (draft && v.needsConfirmation()) {
      confirmClose.setLabel(
          "Yes, close "
              + Formats.count(v.closedPrefixes())
              + " of "
              + Formats.count(v.livePrefixesBefore())
              + " live prefixes: this file is the whole deck");
      step.add(confirmClose);
    }
    show(false, draft);
    dock.setStatus(
        "Version "
            + v.number()
            + " ("
            + v.status().name().toLowerCase()
            + "), "
            + Formats.count(v.entries())
            + " entries");
  }

  private void activate() {
    switch (imports.activate(
        UiActor.current(), version.id(), skipInvalid.getValue(), confirmClose.getValue())) {
      case ActivationOutcome.Activated done -> {
        Toasts.success(
            "Version " + done.version().number() + " is active: new calls are rated with it");
        UI.getCurrent().navigate(RateCardView.class, done.version().cardId().toString());
      }
      case ActivationOutcome.Refused refused -> {
        dock.setStatus(refused.message());
        Toasts.error(refused.message());
      }
    }
  }

  private void discard() {
    RateCardVersion v = imports.discard(UiActor.current(), version.id());
    Toasts.success("Version " + v.number() + " discarded");
    UI.getCurrent().navigate(RateCardView.class, v.cardId().toString());
  }

  private void show(boolean importing, boolean reviewing) {
    importButton.setVisible(importing);
    activate.setVisible(reviewing);
    discard.setVisible(reviewing);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var params = event.getLocation().getQueryParameters();
    params
        .getSingleParameter("card")
        .ifPresent(id -> card.setValue(cards.get(UiActor.current(), UUID.fromString(id))));
    params
        .getSingleParameter("version")
        .ifPresent(
            id -> {
              RateCardVersion v = cards.version(UiActor.current(), UUID.fromString(id));
              card.setValue(cards.get(UiActor.current(), v.cardId()));
              showReport(v);
            });
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of(
        version == null
            ? "Import a deck"
            : "Version "
                + version.number()
                + " of "
                + (card.getValue() == null ? "" : card.getValue().label()),
        "Rating",
        "Rate cards");
  }

  @Override
  public Class<? extends Component> navParent() {
    return RateCardsView.class;
  }

  /** Keeps the upload step's components reachable for tests. */
  Upload upload() {
    return upload;
  }
}
