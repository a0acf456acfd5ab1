package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;
import java.util.List;

/**
 * One page of CDRs pulled from a hosted switch.
 *
 * @param cdrs the CDRs not returned by an earlier pull, oldest first
 * @param malformed rows that cannot be read, each with its reason (also returned once)
 * @param next the cursor to keep (store it together with the CDRs)
 * @param more whether the window has more rows: pull again right away with {@code next}
 */
@Facade
public record SwitchCdrBatch(
    List<SwitchCdr> cdrs, List<MalformedCdr> malformed, CdrCursor next, boolean more) {
  public SwitchCdrBatch {
    cdrs = List.copyOf(cdrs);
    malformed = List.copyOf(malformed);
  }
}
