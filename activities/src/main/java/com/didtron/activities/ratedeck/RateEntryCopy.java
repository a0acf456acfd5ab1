package com.didtron.activities.ratedeck;

import com.didtron.activities.copy.BinaryCopy;
import com.didtron.activities.copy.PgCopy;
import com.didtron.rating.deck.LineError;
import com.didtron.rating.deck.RateEntry;
import com.didtron.rating.deck.VersionEntry;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Moves deck entries between memory and PostgreSQL with COPY (PgJDBC's CopyManager, see {@link
 * PgCopy}) on the connection of the current transaction: hundreds of thousands of rows per second
 * each way. Entries go both ways in PostgreSQL's binary format ({@link BinaryCopy}, {@link
 * RateEntryReader}); rejected rows and the export are CSV.
 */
@Component
class RateEntryCopy {
  /** The columns, in the order {@link #write} writes them. */
  private static final String BINARY_COLUMNS =
      "version_id, prefix, destination, rate, connect_fee, initial_increment,"
          + " subsequent_increment, effective_from, effective_to, change_flag, previous_rate";

  /** The columns {@link RateEntryReader} reads, in its order. */
  private static final String READ_COLUMNS =
      "prefix, destination, rate, connect_fee, initial_increment, subsequent_increment,"
          + " effective_from, effective_to";

  private static final String CANONICAL_SELECT =
      "prefix, destination, rate, connect_fee, "
          + "initial_increment, subsequent_increment, iso_utc(effective_from) AS effective_from, "
          + "iso_utc(effective_to) AS effective_to";

  private final DSLContext db;

  RateEntryCopy(DSLContext db) {
    this.db = db;
  }

  /**
   * Writes the entries of one version with a binary COPY ({@link BinaryCopy}: the backend parses no
   * text; numerics keep the scale the file gave), in the order given: the merge hands them ordered
   * by prefix and effective_from, the primary key's order, so the version's part of the index is
   * built by appending.
   */
  void write(UUID versionId, List<VersionEntry> entries) {
    BinaryCopy.in(
        db,
        "COPY rate_entry (" + BINARY_COLUMNS + ") FROM STDIN WITH (FORMAT binary)",
        out -> {
          for (VersionEntry v : entries) {
            RateEntry e = v.entry();
            out.row(11)
                .uuid(versionId)
                .text(e.prefix())
                .text(e.destination())
                .numeric(e.rate())
                .numeric(e.connectFee())
                .int4(e.initialIncrement())
                .int4(e.subsequentIncrement())
                .timestamptz(e.effectiveFrom())
                .timestamptz(e.effectiveTo())
                .text(v.flag() == null ? null : v.flag().name())
                .numeric(v.previousRate());
            out.ifFull();
          }
        });
  }

  /** Writes the rows an import left out. */
  void writeErrors(UUID versionId, List<LineError> errors) {
    byte[] version = versionId.toString().getBytes(StandardCharsets.US_ASCII);
    PgCopy.in(
        db,
        "COPY rate_import_error (version_id, line, reason) FROM STDIN" + " WITH (FORMAT csv)",
        (out, flush) -> {
          for (LineError e : errors) {
            out.raw(version).comma().number(e.line()).comma().field(e.reason()).newline();
            flush.ifFull();
          }
        });
  }

  /**
   * Every entry of a version in key order (prefix, effective_from), read back with a binary COPY
   * ({@link RateEntryReader}: numerics keep their stored scale, instants their microseconds).
   */
  List<RateEntry> read(UUID versionId) {
    return withCopyOut(
        "COPY (SELECT "
            + READ_COLUMNS
            + " FROM rate_entry WHERE version_id = '"
            + versionId
            + "' ORDER BY prefix, effective_from) TO STDOUT WITH (FORMAT binary)",
        RateEntryReader::read);
  }

  /** Streams a version as canonical deck CSV (header included, spreadsheet-safe) to {@code out}. */
  void export(UUID versionId, OutputStream out) {
    PgCopy.exportCsv(
        db,
        "SELECT "
            + CANONICAL_SELECT
            + " FROM rate_entry WHERE version_id = '"
            + versionId
            + "' ORDER BY prefix, effective_from",
        out);
  }

  private <T> T withCopyOut(String sql, PgCopy.Reader<T> reader) {
    return PgCopy.out(db, sql, reader);
  }
}
