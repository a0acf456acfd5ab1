package com.didtron.activities.document;

import com.didtron.activities.Facade;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Renders XHTML documents (invoices, credit notes, statements) to PDF with openhtmltopdf. The
 * documents use only the PDF standard fonts, so nothing is loaded from the machine.
 */
@Component
@Facade
public class PdfRenderer {
  static {
    XRLog.setLoggingEnabled(false);
  }

  /** The PDF of a well-formed XHTML document. */
  public byte[] render(String xhtml) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not render the PDF", e);
    }
  }
}
