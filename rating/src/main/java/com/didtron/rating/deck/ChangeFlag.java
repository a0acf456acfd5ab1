package com.didtron.rating.deck;

/** How an imported row changes the price of its prefix, compared with the active entry. */
public enum ChangeFlag {
  /** The prefix has no active entry. */
  NEW,
  /** The row costs more than the active entry. */
  INCREASE,
  /** The row costs less than the active entry. */
  DECREASE,
  /** The row prices the prefix exactly like the active entry. */
  UNCHANGED,
  /** A Replace import omits an active prefix: its entry is closed. */
  CLOSED
}
