package com.didtron.rating.offline;

import com.didtron.rating.csv.CsvWriter;
import java.util.List;

/**
 * The rated output of one chunk of the CDR file, with line numbers relative to the chunk (its first
 * line is 1).
 *
 * @param out the rated rows, ready to write
 * @param messages problems to report, in line order
 * @param trailingEmptyLines empty lines after the chunk's last CDR (reported only if a CDR follows
 *     in a later chunk)
 * @param hasCdrs true when the chunk holds at least one CDR row
 * @param lines physical lines the chunk spans
 * @param tally counts and totals
 */
record ChunkResult(
    CsvWriter out,
    List<LineMessage> messages,
    List<Long> trailingEmptyLines,
    boolean hasCdrs,
    long lines,
    Tally tally) {

  /** A problem on a line relative to the chunk. */
  record LineMessage(long line, String text) {}
}
