package com.didtron.activities.testing;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a generated PDF (invoice, credit note, statement, netting proposal), for assertions.
 */
public final class PdfText {
  private PdfText() {}

  public static String of(byte[] pdf) throws IOException {
    try (PDDocument doc = PDDocument.load(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
