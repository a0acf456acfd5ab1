package com.didtron.activities.ratedeck;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Reports the bytes read so far every 256 KiB (for the import's progress bar). */
final class CountingInputStream extends FilterInputStream {
  private static final long STEP = 1 << 18;
  private final LongConsumer progress;
  private long read;
  private long reported;

  CountingInputStream(InputStream in, LongConsumer progress) {
    super(in);
    this.progress = progress;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(long n) {
    read += n;
    if (read - reported >= STEP) {
      reported = read;
      progress.accept(read);
    }
  }
}
