package com.didtron.activities.ratedeck;

/** Tells a waiting user how far an import got (called from the importing thread). */
@FunctionalInterface
public interface ImportProgress {
  /**
   * @param phase what is happening, e.g. "Reading the file"
   * @param fraction of the whole import done, 0 to 1
   */
  void update(String phase, double fraction);

  /** Progress nobody watches. */
  static ImportProgress none() {
    return (phase, fraction) -> {};
  }
}
