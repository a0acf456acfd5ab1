package com.didtron.domain.page;

/** One page of a server-side list: zero-based offset and a bounded size. */
public record PageRequest(int offset, int limit) {
  /** The largest page a caller may ask for; grids page, they never load everything. */
  public static final int MAX_LIMIT = 500;

  public PageRequest {
    if (offset < 0) {
      throw new IllegalArgumentException("offset cannot be negative");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("page size must be between 1 and " + MAX_LIMIT);
    }
  }

  public static PageRequest first(int limit) {
    return new PageRequest(0, limit);
  }
}
