package com.didtron.rating.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Maps the named columns of a CSV format onto the positions found in a file's header line.
 *
 * <p>Header names are matched case-insensitively after trimming; columns may come in any order.
 * Missing required columns, unknown columns and repeated columns are reported as problems in plain
 * words.
 *
 * @param positions position of each known column in the file, indexed like the {@code columns}
 *     given to {@link #read}; -1 when an optional column is absent
 * @param fieldCount number of fields in the header line (every data row must have as many)
 * @param problems what is wrong with the header; empty when it can be used
 */
public record CsvHeader(int[] positions, int fieldCount, List<String> problems) {

  /** Copies the arrays so the record stays immutable. */
  public CsvHeader {
    positions = positions.clone();
    problems = List.copyOf(problems);
  }

  /**
   * Reads the current record of {@code reader} as a header.
   *
   * @param columns the format's column names, lower case
   * @param required which of {@code columns} must be present
   */
  public static CsvHeader read(CsvReader reader, List<String> columns, boolean[] required) {
    int[] positions = new int[columns.size()];
    Arrays.fill(positions, -1);
    List<String> problems = new ArrayList<>();
    for (int f = 0; f < reader.fieldCount(); f++) {
      String name = reader.string(f).trim().toLowerCase(Locale.ROOT);
      int known = columns.indexOf(name);
      if (known < 0) {
        problems.add("unknown column '" + name + "' (expected " + String.join(",", columns) + ")");
      } else if (positions[known] >= 0) {
        problems.add("column '" + name + "' appears twice");
      } else {
        positions[known] = f;
      }
    }
    for (int c = 0; c < columns.size(); c++) {
      if (positions[c] < 0 && required[c]) {
        problems.add("missing column '" + columns.get(c) + "'");
      }
    }
    return new CsvHeader(positions, reader.fieldCount(), problems);
  }

  /** A copy of the positions array (the record keeps its own). */
  @Override
  public int[] positions() {
    return positions.clone();
  }

  /** Position in the file of known column {@code column}, or -1 when absent. */
  public int position(int column) {
    return positions[column];
  }

  /** True when the header names every required column and nothing unknown. */
  public boolean isUsable() {
    return problems.isEmpty();
  }
}
