package com.didtron.rating.offline;

import com.didtron.rating.csv.CsvHeader;
import com.didtron.rating.csv.CsvReader;
import com.didtron.rating.csv.CsvSplitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Streams the CDR file through the raters in order-preserving chunks: this thread reads blocks,
 * cuts them at record boundaries and writes finished chunks in input order; worker threads parse,
 * rate and format chunks. Problems are printed to {@code err} with absolute line numbers.
 */
final class CdrPipeline {
  private static final int CHUNK_BYTES = 1 << 19;

  private final InputStream in;
  private final OutputStream out;
  private final PrintStream err;
  private final String fileName;
  private final int threads;
  private final ExecutorService pool;
  private final Tally tally = new Tally();
  private final List<Long> pendingEmpty = new ArrayList<>();
  private long linesBefore;

  /** A pipeline rating on {@code pool} ({@code threads} workers), or inline when it is null. */
  CdrPipeline(
      InputStream in,
      OutputStream out,
      PrintStream err,
      String fileName,
      int threads,
      ExecutorService pool) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.fileName = fileName;
    this.threads = threads;
    this.pool = pool;
  }

  /** Runs the whole file; returns the totals. */
  Tally run(NameIndex sell, NameIndex buy) throws IOException {
    byte[] block = in.readNBytes(CHUNK_BYTES);
    int start = CsvReader.skipBom(block, 0, block.length);
    CsvReader headerReader = new CsvReader(block, start, block.length - start, 1);
    if (!headerReader.next()) {
      throw new OfflineRatingException(fileName + " line 1: the file is empty: expected a header");
    }
    CsvHeader header = CsvHeader.read(headerReader, CdrColumns.NAMES, CdrColumns.required());
    if (!header.isUsable()) {
      throw new OfflineRatingException(
          fileName + " line 1: " + String.join("; ", header.problems()));
    }
    linesBefore = headerReader.nextLine() - 1;
    out.write(CdrColumns.OUTPUT_HEADER_BYTES);
    int rest = headerReader.position();
    byte[] carry = Arrays.copyOfRange(block, rest, block.length);
    stream(carry, new ChunkRaterFactory(header, sell, buy, pool == null));
    return tally;
  }

  private void stream(byte[] carry, ChunkRaterFactory raters) throws IOException {
    ArrayDeque<CompletableFuture<ChunkResult>> inFlight = new ArrayDeque<>();
    boolean eof = false;
    while (!eof) {
      byte[] block = Arrays.copyOf(carry, carry.length + CHUNK_BYTES);
      int read = in.readNBytes(block, carry.length, CHUNK_BYTES);
      int length = carry.length + read;
      eof = read == 0;
      int cut = eof ? length : CsvSplitter.lastRecordEnd(block, 0, length);
      carry = Arrays.copyOfRange(block, cut, length);
      if (cut > 0) {
        inFlight.add(submit(raters, block, cut));
      }
      while (inFlight.size() > 2 * threads || (eof && !inFlight.isEmpty())) {
        emit(inFlight.poll().join());
      }
    }
  }

  private CompletableFuture<ChunkResult> submit(ChunkRaterFactory raters, byte[] block, int len) {
    if (pool == null) {
      return CompletableFuture.completedFuture(raters.get().rate(block, 0, len));
    }
    return CompletableFuture.supplyAsync(() -> raters.get().rate(block, 0, len), pool);
  }

  private void emit(ChunkResult chunk) throws IOException {
    if (chunk.hasCdrs()) {
      for (long line : pendingEmpty) {
        err.println(fileName + " line " + line + ": empty row skipped");
        tally.emptyRowSkipped();
      }
      pendingEmpty.clear();
    }
    for (ChunkResult.LineMessage m : chunk.messages()) {
      err.println(fileName + " line " + (linesBefore + m.line()) + ": " + m.text());
    }
    for (long line : chunk.trailingEmptyLines()) {
      pendingEmpty.add(linesBefore + line);
    }
    chunk.out().drainTo(out);
    tally.add(chunk.tally());
    linesBefore += chunk.lines();
  }

  /**
   * One {@link ChunkRater} per worker thread (raters keep parse caches, so never share one); a
   * single one when rating inline, so no thread-local outlives the run on the caller's thread.
   */
  private static final class ChunkRaterFactory {
    private final ChunkRater inline;
    private final ThreadLocal<ChunkRater> perThread;

    ChunkRaterFactory(CsvHeader header, NameIndex sell, NameIndex buy, boolean inline) {
      this.inline = inline ? new ChunkRater(header, sell, buy) : null;
      this.perThread =
          inline ? null : ThreadLocal.withInitial(() -> new ChunkRater(header, sell, buy));
    }

    ChunkRater get() {
      return inline != null ? inline : perThread.get();
    }
  }
}
