package com.didtron.activities.switchcdr;

import com.didtron.activities.Facade;

/**
 * What one pull of a source did.
 *
 * @param rows switch rows read (CDRs and rejected rows)
 * @param stored CDRs stored now (rated and unrated)
 * @param rated stored CDRs rated on both legs and charged
 * @param duplicates CDRs whose call id was stored before (a re-read)
 * @param rejected rows kept with their reason now
 * @param more whether the source has more rows waiting: pull again at once
 */
@Facade
public record PullResult(
    String source,
    long rows,
    long stored,
    long rated,
    long duplicates,
    long rejected,
    boolean more) {

  static PullResult nothing(String source) {
    return new PullResult(source, 0, 0, 0, 0, 0, false);
  }

  PullResult plus(PullResult o) {
    return new PullResult(
        source,
        rows + o.rows,
        stored + o.stored,
        rated + o.rated,
        duplicates + o.duplicates,
        rejected + o.rejected,
        more || o.more);
  }
}
