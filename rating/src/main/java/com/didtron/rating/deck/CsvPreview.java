package com.didtron.rating.deck;

import com.didtron.rating.csv.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The header and first rows of an uploaded file, for a column-mapping preview before import.
 *
 * @param header the file's header names as written
 * @param rows up to the requested number of non-empty data rows, fields as text
 */
public record CsvPreview(List<String> header, List<List<String>> rows) {
  public CsvPreview {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** Reads the header and the first {@code maxRows} non-empty rows of {@code in}. */
  public static CsvPreview read(InputStream in, int maxRows) throws IOException {
    CsvReader reader = new CsvReader(in);
    if (!reader.next()) {
      return new CsvPreview(List.of(), List.of());
    }
    List<String> header = fields(reader);
    List<List<String>> rows = new ArrayList<>();
    while (rows.size() < maxRows && reader.next()) {
      if (!reader.isBlank()) {
        rows.add(fields(reader));
      }
    }
    return new CsvPreview(header, rows);
  }

  private static List<String> fields(CsvReader reader) {
    List<String> fields = new ArrayList<>(reader.fieldCount());
    for (int f = 0; f < reader.fieldCount(); f++) {
      fields.add(reader.string(f));
    }
    return fields;
  }
}
