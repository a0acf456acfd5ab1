package com.didtron.ui.api.base;

import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import java.util.List;
import java.util.function.Function;

/** One page of a list in the API: the rows, the total matching, and the window asked for. */
public record ApiPage<T>(List<T> rows, long total, int offset, int limit) {
  public static <S, T> ApiPage<T> of(Page<S> page, PageRequest request, Function<S, T> map) {
    return new ApiPage<>(
        page.rows().stream().map(map).toList(), page.total(), request.offset(), request.limit());
  }

  /** The page window from query parameters; limits are capped at {@link PageRequest#MAX_LIMIT}. */
  public static PageRequest request(Integer offset, Integer limit) {
    int o = offset == null ? 0 : offset;
    int l = limit == null ? 50 : limit;
    return new PageRequest(o, Math.min(l, PageRequest.MAX_LIMIT));
  }
}
