package com.didtron.ui.base;

import com.didtron.activities.input.CappedInputStream;
import com.didtron.activities.input.InputLimits;
import com.didtron.activities.input.InputTooLarge;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.FileUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.util.unit.DataSize;

/**
 * Portal uploads with a size cap: the browser refuses a larger file before sending it (with a
 * notification naming the cap), and the server reads the body through a {@link CappedInputStream}
 * whatever the browser claimed, so a file past the cap is dropped with the same message. Files
 * stream to a temporary file (bounded memory); only small capped files are kept in memory.
 */
public final class CappedUpload {
  private CappedUpload() {}

  /** Streams the file to a temporary file; {@code done} runs in the UI with it. */
  public static void toTempFile(
      Upload upload, DataSize cap, String what, String setting, FileUploadCallback done) {
    configure(
        upload,
        cap,
        what,
        setting,
        (event, in) -> {
          File file = File.createTempFile("didtron-upload", ".tmp");
          try (OutputStream out = Files.newOutputStream(file.toPath())) {
            in.transferTo(out);
          } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file.toPath());
            throw e;
          }
          UploadMetadata meta =
              new UploadMetadata(event.getFileName(), event.getContentType(), file.length());
          event
              .getUI()
              .access(
                  () -> {
                    try {
                      done.complete(meta, file);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  });
        });
  }

  /** Keeps the (small, capped) file in memory; {@code done} runs in the UI with its bytes. */
  public static void inMemory(
      Upload upload, DataSize cap, String what, String setting, InMemoryUploadCallback done) {
    configure(
        upload,
        cap,
        what,
        setting,
        (event, in) -> {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          in.transferTo(bytes);
          UploadMetadata meta =
              new UploadMetadata(event.getFileName(), event.getContentType(), bytes.size());
          event
              .getUI()
              .access(
                  () -> {
                    try {
                      done.complete(meta, bytes.toByteArray());
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  });
        });
  }

  @FunctionalInterface
  private interface Reader {
    void read(UploadEvent event, InputStream capped) throws IOException;
  }

  private static void configure(
      Upload upload, DataSize cap, String what, String setting, Reader reader) {
    long max = cap.toBytes();
    // Staff may raise the cap, so they read the setting's name; everyone else only the limit.
    boolean staff = isStaff();
    InputTooLarge tooLarge = new InputTooLarge(what, max, setting);
    String refusal = staff ? tooLarge.getMessage() : tooLarge.forPeople();
    upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
    upload.addFileRejectedListener(e -> Toasts.error(refusal));
    upload.setUploadHandler(
        new UploadHandler() {
          @Override
          public void handleUploadRequest(UploadEvent event) throws IOException {
            if (event.getFileSize() > max) {
              event.reject(refusal);
              event.getUI().access(() -> Toasts.error(refusal));
              return;
            }
            try (InputStream in =
                new CappedInputStream(event.getInputStream(), max, what, setting)) {
              reader.read(event, in);
            } catch (InputTooLarge e) {
              String why = staff ? e.getMessage() : e.forPeople();
              event.reject(why);
              event.getUI().access(() -> Toasts.error(why));
            }
          }
        });
  }

  /** The cap as shown next to an upload ("up to 4 GB"). */
  public static String hint(DataSize cap) {
    return "up to " + InputLimits.describe(cap);
  }

  private static boolean isStaff() {
    try {
      return UiActor.current().isStaff();
    } catch (RuntimeException notSignedIn) {
      return false;
    }
  }
}
