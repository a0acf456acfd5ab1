package com.didtron.rating.deck;

/** How an imported file changes the deck it is imported into. */
public enum ImportMode {
  /** Upsert: the file's rows are added; prefixes not in the file stay as they are. */
  ADD,
  /**
   * Replace (A-Z): the file is the whole deck; active prefixes missing from it are closed at the
   * file's effective date.
   */
  REPLACE
}
