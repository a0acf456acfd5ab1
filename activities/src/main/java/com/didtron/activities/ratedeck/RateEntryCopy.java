package com.didtron.activities.ratedeck;

import com.didtron.activities.copy.PgCopy;
import com.didtron.rating.deck.DeckParseResult;
import com.didtron.rating.deck.DeckParser;
import com.didtron.rating.deck.LineError;
import com.didtron.rating.deck.RateEntry;
import com.didtron.rating.deck.VersionEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.stereotype.Component;

/**
 * Moves deck entries between memory and PostgreSQL with COPY (PgJDBC's CopyManager, see {@link
 * PgCopy}) on the connection of the current transaction: hundreds of thousands of rows per second
 * each way. Entries are read back in the canonical deck CSV and parsed by {@link DeckParser}, the
 * same code that reads uploaded files.
 */
@Component
class RateEntryCopy {
  private static final String CANONICAL_SELECT =
      "prefix, destination, rate, connect_fee, "
          + "initial_increment, subsequent_increment, iso_utc(effective_from) AS effective_from, "
          + "iso_utc(effective_to) AS effective_to";

  private final DSLContext db;

  RateEntryCopy(DSLContext db) {
    this.db = db;
  }

  /**
   * Writes the entries of one version with a binary COPY ({@link RateEntryBinary}), in the order
   * given: the merge hands them ordered by prefix and effective_from, the primary key's order, so
   * the version's part of the index is built by appending.
   */
  void write(UUID versionId, List<VersionEntry> entries) {
    db.connection(
        c -> {
          PGCopyOutputStream copy =
              new PGCopyOutputStream(
                  c.unwrap(PGConnection.class),
                  "COPY rate_entry ("
                      + RateEntryBinary.COLUMNS
                      + ") FROM STDIN WITH (FORMAT binary)",
                  1 << 16);
          boolean done = false;
          try {
            RateEntryBinary rows = new RateEntryBinary(copy, versionId);
            for (VersionEntry v : entries) {
              rows.row(v);
            }
            rows.finish();
            copy.endCopy();
            done = true;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } finally {
            if (!done && copy.isActive()) {
              copy.cancelCopy();
            }
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

  /** Every entry of a version, parsed back from the canonical CSV. */
  List<RateEntry> read(UUID versionId) {
    DeckParseResult parsed = withCopyOut(canonicalQuery(versionId, false), DeckParser::parse);
    if (!parsed.isClean()) {
      throw new IllegalStateException(
          "stored version " + versionId + " does not parse: " + parsed.errors().get(0));
    }
    return parsed.entries();
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

  private static String canonicalQuery(UUID versionId, boolean ordered) {
    return "COPY (SELECT "
        + CANONICAL_SELECT
        + " FROM rate_entry WHERE version_id = '"
        + versionId
        + "'"
        + (ordered ? " ORDER BY prefix, effective_from" : "")
        + ") TO STDOUT WITH (FORMAT csv, HEADER)";
  }

  private <T> T withCopyOut(String sql, PgCopy.Reader<T> reader) {
    return PgCopy.out(db, sql, reader);
  }
}
