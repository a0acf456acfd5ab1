package com.didtron.activities.ratedeck;

import com.didtron.rating.deck.ChangeFlag;

/**
 * What the last published change of a card did to an entry, as its owner reads it: the change flags
 * of the version's import, with an entry the import did not touch read as {@link #UNCHANGED} and a
 * closed one as {@link #REMOVED}.
 */
public enum RateChange {
  NEW,
  INCREASE,
  DECREASE,
  UNCHANGED,
  REMOVED;

  /** The change of an entry stored with {@code flag} (null: carried over untouched). */
  public static RateChange of(ChangeFlag flag) {
    if (flag == null) {
      return UNCHANGED;
    }
    return switch (flag) {
      case NEW -> NEW;
      case INCREASE -> INCREASE;
      case DECREASE -> DECREASE;
      case UNCHANGED -> UNCHANGED;
      case CLOSED -> REMOVED;
    };
  }
}
