package com.didtron.activities.ratedeck;

/** Which entries of a version an owner looks at, relative to now. */
public enum RateWindow {
  /** Per prefix, the entry that prices a call now (latest start not after now, not ended). */
  CURRENT,
  /** Entries that start later (announced increases, new prefixes, ...). */
  UPCOMING,
  /** Every entry of the version, ended ones included. */
  ALL
}
