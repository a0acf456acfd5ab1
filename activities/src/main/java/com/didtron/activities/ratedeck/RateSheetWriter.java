package com.didtron.activities.ratedeck;

import com.didtron.rating.csv.CsvWriter;
import com.didtron.rating.csv.SafeCsvOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes an owner's rates as CSV or XLSX, row by row with bounded memory. Both carry the same
 * columns and values: the canonical deck columns (so a downloaded CSV imports again as it is) plus
 * the change and the previous rate. In XLSX, rates, fees and increments are number cells (full
 * precision), prefixes and dates text cells (a prefix keeps its leading zeros); strings are written
 * inline, so no shared-string table grows with the deck. CSV goes through {@link
 * SafeCsvOutputStream} like every export.
 */
final class RateSheetWriter implements AutoCloseable {
  static final List<String> COLUMNS =
      List.of(
          "prefix",
          "destination",
          "rate",
          "connect_fee",
          "initial_increment",
          "subsequent_increment",
          "effective_from",
          "effective_to",
          "change",
          "previous_rate");
  private static final int FLUSH_ROWS = 1_000;
  private static final int CSV_BUFFER = 1 << 16;

  private final RateSheet format;
  private final SafeCsvOutputStream csvOut;
  private final CsvWriter csv;
  private final Workbook workbook;
  private final Worksheet sheet;
  private int row;

  RateSheetWriter(RateSheet format, OutputStream out, String sheetName) {
    this.format = format;
    if (format == RateSheet.CSV) {
      this.csvOut = new SafeCsvOutputStream(out);
      this.csv = new CsvWriter(CSV_BUFFER + 4_096);
      this.workbook = null;
      this.sheet = null;
    } else {
      this.csvOut = null;
      this.csv = null;
      this.workbook = new Workbook(out, "DIDTron", "1.0");
      this.sheet = workbook.newWorksheet(sheetName);
    }
    header();
  }

  private void header() {
    if (format == RateSheet.CSV) {
      for (int c = 0; c < COLUMNS.size(); c++) {
        if (c > 0) {
          csv.comma();
        }
        csv.field(COLUMNS.get(c));
      }
      csv.newline();
    } else {
      for (int c = 0; c < COLUMNS.size(); c++) {
        sheet.inlineString(0, c, COLUMNS.get(c));
        sheet.style(0, c).bold().set();
      }
    }
    row = 1;
  }

  void write(OwnRate r) {
    try {
      if (format == RateSheet.CSV) {
        csv.field(r.prefix())
            .comma()
            .field(r.destination())
            .comma()
            .decimal(r.rate())
            .comma()
            .decimal(r.connectFee())
            .comma()
            .number(r.initialIncrement())
            .comma()
            .number(r.subsequentIncrement())
            .comma()
            .field(date(r.effectiveFrom()))
            .comma()
            .field(date(r.effectiveTo()))
            .comma()
            .field(r.change().name())
            .comma();
        if (r.previousRate() != null) {
          csv.decimal(r.previousRate());
        }
        csv.newline();
        if (csv.size() >= CSV_BUFFER) {
          csv.drainTo(csvOut);
        }
      } else {
        sheet.inlineString(row, 0, r.prefix());
        sheet.inlineString(row, 1, r.destination());
        sheet.value(row, 2, r.rate());
        sheet.value(row, 3, r.connectFee());
        sheet.value(row, 4, r.initialIncrement());
        sheet.value(row, 5, r.subsequentIncrement());
        sheet.inlineString(row, 6, date(r.effectiveFrom()));
        if (r.effectiveTo() != null) {
          sheet.inlineString(row, 7, date(r.effectiveTo()));
        }
        sheet.inlineString(row, 8, r.change().name());
        if (r.previousRate() != null) {
          sheet.value(row, 9, r.previousRate());
        }
        if (row % FLUSH_ROWS == 0) {
          sheet.flush();
        }
      }
      row++;
    } catch (IOException e) {
      throw new UncheckedIOException("The rates could not be written", e);
    }
  }

  /** An instant as the deck CSV writes it (ISO-8601 UTC, e.g. 2026-11-01T00:00:00Z). */
  static String date(Instant i) {
    return i == null ? "" : i.toString();
  }

  @Override
  public void close() {
    try {
      if (format == RateSheet.CSV) {
        csv.drainTo(csvOut);
        csvOut.finish();
        csvOut.flush();
      } else {
        sheet.finish();
        workbook.finish();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The rates could not be written", e);
    }
  }
}
