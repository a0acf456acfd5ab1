package com.didtron.activities.copy;

import com.didtron.activities.Facade;
import com.didtron.rating.csv.CsvWriter;
import com.didtron.rating.csv.SafeCsvOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * PostgreSQL COPY through PgJDBC on the connection of the current transaction (jOOQ hands out the
 * transaction's connection), so a COPY commits or rolls back with everything else the transaction
 * writes. Rows are built in a {@link CsvWriter} and sent in 1 MiB pieces.
 */
@Facade
public final class PgCopy {
  private static final int PIECE = 1 << 20;

  private PgCopy() {}

  /** Writes rows for a {@code COPY ... FROM STDIN} statement. */
  @FunctionalInterface
  public interface Writer {
    /** Writes every row to {@code out}, calling {@code flush.ifFull()} after each. */
    void write(CsvWriter out, Flush flush) throws IOException;
  }

  /** Sends the buffered rows once a piece is full. */
  @FunctionalInterface
  public interface Flush {
    void ifFull() throws IOException;
  }

  /** Reads the output of a {@code COPY ... TO STDOUT} statement. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  /** Runs {@code sql} (a {@code COPY ... FROM STDIN}) with the rows {@code rows} writes. */
  public static long in(DSLContext db, String sql, Writer rows) {
    return db.connectionResult(
        c -> {
          PGCopyOutputStream copy =
              new PGCopyOutputStream(c.unwrap(PGConnection.class), sql, 1 << 16);
          boolean done = false;
          try {
            CsvWriter out = new CsvWriter(PIECE + (PIECE >> 3));
            rows.write(
                out,
                () -> {
                  if (out.size() >= PIECE) {
                    out.drainTo(copy);
                  }
                });
            out.drainTo(copy);
            long written = copy.endCopy();
            done = true;
            return written;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } finally {
            if (!done && copy.isActive()) {
              copy.cancelCopy();
            }
          }
        });
  }

  /** Runs {@code sql} (a {@code COPY ... TO STDOUT}) and hands its output to {@code reader}. */
  public static <T> T out(DSLContext db, String sql, Reader<T> reader) {
    return db.connectionResult(
        c -> {
          try (PGCopyInputStream in = new PGCopyInputStream(c.unwrap(PGConnection.class), sql)) {
            return reader.read(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Streams the rows of {@code select} as CSV with a header line to {@code out}, through the
   * spreadsheet-safe writer every CSV export uses ({@link SafeCsvOutputStream}).
   */
  public static void exportCsv(DSLContext db, String select, OutputStream out) {
    out(
        db,
        "COPY (" + select + ") TO STDOUT WITH (FORMAT csv, HEADER)",
        in -> {
          SafeCsvOutputStream safe = new SafeCsvOutputStream(out);
          in.transferTo(safe);
          safe.finish();
          return null;
        });
  }
}
