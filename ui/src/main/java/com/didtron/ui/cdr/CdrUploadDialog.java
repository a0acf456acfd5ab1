package com.didtron.ui.cdr;

import com.didtron.activities.cdr.CdrIngestService;
import com.didtron.activities.cdr.IngestReport;
import com.didtron.activities.cdr.IngestRequest;
import com.didtron.activities.input.InputLimits;
import com.didtron.ui.base.CappedUpload;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

/** Uploads a CDR file: it is rated and stored at once, and the counts are shown. */
class CdrUploadDialog extends Dialog {
  private final transient CdrIngestService ingest;
  private final transient Runnable afterIngest;
  private final TextField source = new TextField("Source (the switch the call ids come from)");
  private final Div result = new Div();

  CdrUploadDialog(CdrIngestService ingest, InputLimits limits, Runnable afterIngest) {
    this.ingest = ingest;
    this.afterIngest = afterIngest;
    setHeaderTitle("Upload CDRs");
    source.setValue("manual");
    source.setWidth("24em");
    Upload upload = new Upload();
    CappedUpload.toTempFile(
        upload, limits.cdrUpload(), "The CDR file", "didtron.limits.cdr-upload", this::uploaded);
    upload.setMaxFiles(1);
    upload.setAcceptedFileTypes(".csv", "text/csv");
    Span format =
        new Span(
            "CSV with the columns call_id, account, carrier, caller, callee, "
                + "start_time, duration ("
                + CappedUpload.hint(limits.cdrUpload())
                + "). A CDR already stored"
                + " from the same source is skipped; CDRs starting outside the accepted window or longer"
                + " than the longest call are rejected with their line.");
    Div body = new Div(source, format, upload, result);
    body.addClassName("dt-stack");
    add(body);
    getFooter().add(new Button("Close", e -> close()));
  }

  private void uploaded(UploadMetadata meta, File file) throws IOException {
    IngestReport report;
    try (InputStream in = Files.newInputStream(file.toPath())) {
      report =
          ingest.ingest(
              UiActor.current(),
              new IngestRequest(
                  source.getValue(), meta.fileName(), IngestRequest.Channel.UPLOAD, null),
              in);
    } finally {
      Files.deleteIfExists(file.toPath());
    }
    result.removeAll();
    result.add(new Span(report.summary()));
    report.firstRejects().stream()
        .limit(20)
        .forEach(e -> result.add(new Div(new Span(e.toString()))));
    if (report.refusal() == null) {
      Toasts.success(report.summary());
      afterIngest.run();
    } else {
      Toasts.error(report.summary());
    }
  }
}
