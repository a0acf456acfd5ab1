package com.didtron.ui.did;

import com.didtron.activities.did.DidInventory;
import com.didtron.activities.did.InventoryImport;
import com.didtron.activities.input.InputLimits;
import com.didtron.ui.base.CappedUpload;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

/**
 * Imports numbers from a CSV file: all lines or none; a refused file shows each bad line with its
 * reason.
 */
class DidImportDialog extends Dialog {
  private final transient DidInventory inventory;
  private final Runnable afterImport;
  private final TextField provider = new TextField("Provider");
  private final TextField currency = new TextField("Currency of rows without one");
  private final Span summary = new Span();
  private final Grid<InventoryImport.LineError> errors = new Grid<>();

  DidImportDialog(DidInventory inventory, InputLimits limits, Runnable afterImport) {
    this.inventory = inventory;
    this.afterImport = afterImport;
    setHeaderTitle("Import numbers");
    provider.setValue("manual");
    currency.setPlaceholder("EUR");
    Upload upload = new Upload();
    CappedUpload.toTempFile(
        upload,
        limits.deckUpload(),
        "The inventory file",
        "didtron.limits.deck-upload",
        this::uploaded);
    upload.setMaxFiles(1);
    upload.setAcceptedFileTypes(".csv", "text/csv");
    errors.addColumn(InventoryImport.LineError::line).setHeader("Line").setAutoWidth(true);
    errors.addColumn(InventoryImport.LineError::reason).setHeader("Problem").setFlexGrow(1);
    errors.setVisible(false);
    errors.addClassName("dt-import-errors");
    summary.addClassName("dt-import-summary");
    add(
        new Div(
            new Paragraph(
                "CSV with a header line: number, country, type, monthly_cost, setup_cost;"
                    + " optional area, channels, currency, provider_ref. "
                    + CappedUpload.hint(limits.deckUpload())),
            provider,
            currency,
            upload,
            summary,
            errors));
    setWidth("760px");
    getFooter().add(new Button("Close", e -> close()));
  }

  private void uploaded(UploadMetadata meta, File file) throws IOException {
    try (InputStream in = Files.newInputStream(file.toPath())) {
      imported(meta.fileName(), in);
    } finally {
      Files.deleteIfExists(file.toPath());
    }
  }

  /** Runs the import of {@code in} and shows its outcome. */
  void imported(String fileName, InputStream in) {
    InventoryImport outcome =
        inventory.importCsv(
            UiActor.current(),
            provider.getValue(),
            currency.getValue().isBlank() ? null : currency.getValue(),
            fileName,
            in);
    switch (outcome) {
      case InventoryImport.Imported ok -> {
        summary.setText(ok.numbers() + " numbers imported");
        errors.setVisible(false);
        Toasts.success(ok.numbers() + " numbers imported");
        afterImport.run();
      }
      case InventoryImport.Refused r -> {
        summary.setText(
            r.reason()
                + (r.errorCount() > r.errors().size()
                    ? " (the first " + r.errors().size() + " of " + r.errorCount() + " shown)"
                    : ""));
        errors.setItems(r.errors());
        errors.setVisible(true);
        Toasts.error(r.reason());
      }
    }
  }

  Grid<InventoryImport.LineError> errors() {
    return errors;
  }

  String summary() {
    return summary.getText();
  }
}
