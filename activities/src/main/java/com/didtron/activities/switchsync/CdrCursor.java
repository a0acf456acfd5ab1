package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Where a CDR pull stands. Each window asks for {@code dt} from {@code watermark - overlap} up to
 * its end, so rows the switch writes late (long calls, delayed CDR writes) are still seen; rows
 * already returned are skipped by their call id ({@code seen}, kept for the overlap only). A full
 * page moves {@code pageFrom} to its last {@code dt} and keeps the window's end in {@code
 * pageUntil}.
 *
 * @param watermark everything up to here has been pulled (less what arrives later than the overlap)
 * @param pageFrom where the next page of the current window starts, or null between windows
 * @param pageUntil the current window's end, or null between windows
 * @param seen call ids returned recently, with their {@code dt}
 */
@Facade
public record CdrCursor(
    Instant watermark, Instant pageFrom, Instant pageUntil, Map<String, Instant> seen) {
  public CdrCursor {
    Objects.requireNonNull(watermark, "watermark");
    if ((pageFrom == null) != (pageUntil == null)) {
      throw new IllegalArgumentException("pageFrom and pageUntil go together");
    }
    seen = Map.copyOf(seen);
  }

  /** A first pull: CDRs from {@code since} (less the overlap) on. */
  public static CdrCursor startingAt(Instant since) {
    return new CdrCursor(since, null, null, Map.of());
  }

  /** Whether a window is being paged. */
  public boolean paging() {
    return pageFrom != null;
  }
}
