package com.didtron.activities.input;

import com.didtron.activities.Facade;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads at most {@code limit} bytes of a stream and throws {@link InputTooLarge} on the first byte
 * beyond, so a body whose length was not announced (chunked) is still bounded.
 */
@Facade
public final class CappedInputStream extends FilterInputStream {
  private final long limit;
  private final String what;
  private final String setting;
  private long read;

  public CappedInputStream(InputStream in, long limit, String what, String setting) {
    super(in);
    this.limit = limit;
    this.what = what;
    this.setting = setting;
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
    int n = super.read(b, off, (int) Math.min(len, limit - read + 1));
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(Math.min(n, limit - read + 1));
    count(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void count(long n) {
    read += n;
    if (read > limit) {
      throw new InputTooLarge(what, limit, setting);
    }
  }
}
