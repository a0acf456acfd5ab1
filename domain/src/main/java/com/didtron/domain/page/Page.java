package com.didtron.domain.page;

import java.util.List;
import java.util.function.Function;

/** The rows of one page and the total number of rows that match the filter. */
public record Page<T>(List<T> rows, long total) {
  public Page {
    rows = List.copyOf(rows);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(rows.stream().map(mapper).toList(), total);
  }
}
