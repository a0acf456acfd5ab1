package com.didtron.rating.offline;

import com.didtron.rating.csv.CsvHeader;
import com.didtron.rating.csv.CsvReader;
import com.didtron.rating.csv.CsvSplitter;
import com.didtron.rating.csv.CsvWriter;
import com.didtron.rating.engine.DeckUnion;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
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
  private final Queue<byte[]> freeBlocks = new ConcurrentLinkedQueue<>();
  private final Queue<CsvWriter> freeWriters = new ConcurrentLinkedQueue<>();
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
  Tally run(NameIndex sell, NameIndex buy, DeckUnion union) throws IOException {
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
    stream(carry, new ChunkRaterFactory(header, sell, buy, union, pool == null));
    return tally;
  }

  private void stream(byte[] carry, ChunkRaterFactory raters) throws IOException {
    ArrayDeque<CompletableFuture<ChunkResult>> inFlight = new ArrayDeque<>();
    ArrayDeque<byte[]> blocks = new ArrayDeque<>();
    boolean eof = false;
    while (!eof) {
      byte[] block = block(carry.length + CHUNK_BYTES);
      System.arraycopy(carry, 0, block, 0, carry.length);
      int read = in.readNBytes(block, carry.length, CHUNK_BYTES);
      int length = carry.length + read;
      eof = read == 0;
      int cut = eof ? length : lastRecordEnd(block, length);
      carry = Arrays.copyOfRange(block, cut, length);
      if (cut > 0) {
        inFlight.add(submit(raters, block, cut));
        blocks.add(block);
      } else {
        freeBlocks.add(block);
      }
      while (inFlight.size() > 2 * threads || (eof && !inFlight.isEmpty())) {
        emit(inFlight.poll().join());
        freeBlocks.add(blocks.poll());
      }
    }
  }

  /** A block of at least {@code size} bytes, reused once its chunk is written (less to zero). */
  private byte[] block(int size) {
    byte[] block = freeBlocks.poll();
    return block != null && block.length >= size ? block : new byte[size + (size >> 3)];
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  static {
    // use the handle once now: code the JIT compiles before its first use (from the start-up
    // cache's profiles, as soon as this class is initialised) could not inline its accesses
    long unused = (long) LONGS.get(new byte[8], 0);
  }

  private static final long ONES = 0x0101_0101_0101_0101L;
  private static final long HIGHS = 0x8080_8080_8080_8080L;
  private static final long QUOTES = 0x2222_2222_2222_2222L;

  /**
   * Where the block can be cut between records. A block without any quote (the usual CDR file) ends
   * its last record at its last line break, found from the end; a block with quotes takes the
   * careful state machine from its start (always a record boundary).
   */
  static int lastRecordEnd(byte[] block, int length) {
    if (hasQuote(block, length)) {
      return CsvSplitter.lastRecordEnd(block, 0, length);
    }
    for (int i = length - 1; i >= 0; i--) {
      if (block[i] == '\n' || block[i] == '\r' && i + 1 < length) {
        return i + 1;
      }
    }
    return 0;
  }

  /** True when {@code block[0, length)} holds a double quote (eight bytes per step). */
  static boolean hasQuote(byte[] block, int length) {
    int i = 0;
    for (; i + 8 <= length; i += 8) {
      long v = (long) LONGS.get(block, i) ^ QUOTES;
      if (((v - ONES) & ~v & HIGHS) != 0) {
        return true;
      }
    }
    for (; i < length; i++) {
      if (block[i] == '"') {
        return true;
      }
    }
    return false;
  }

  private CompletableFuture<ChunkResult> submit(ChunkRaterFactory raters, byte[] block, int len) {
    if (pool == null) {
      return CompletableFuture.completedFuture(raters.get().rate(block, 0, len, writer(len)));
    }
    return CompletableFuture.supplyAsync(() -> raters.get().rate(block, 0, len, writer(len)), pool);
  }

  /** An empty output buffer, reused once its chunk is written. */
  private CsvWriter writer(int inputLength) {
    CsvWriter writer = freeWriters.poll();
    return writer != null ? writer : new CsvWriter(inputLength + inputLength / 2);
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
    freeWriters.add(chunk.out());
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

    ChunkRaterFactory(
        CsvHeader header, NameIndex sell, NameIndex buy, DeckUnion union, boolean inline) {
      this.inline = inline ? new ChunkRater(header, sell, buy, union) : null;
      this.perThread =
          inline ? null : ThreadLocal.withInitial(() -> new ChunkRater(header, sell, buy, union));
    }

    ChunkRater get() {
      return inline != null ? inline : perThread.get();
    }
  }
}
