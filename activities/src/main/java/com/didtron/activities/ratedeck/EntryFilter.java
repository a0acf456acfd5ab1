package com.didtron.activities.ratedeck;

import com.didtron.rating.deck.ChangeFlag;

/**
 * What the deck browser or change report lists.
 *
 * @param prefix entries whose prefix starts with these digits (null: all)
 * @param destination entries whose destination contains this text, any case (null: all)
 * @param changedOnly only entries the version's import flagged
 * @param flag only entries with this flag (null: any)
 */
public record EntryFilter(String prefix, String destination, boolean changedOnly, ChangeFlag flag) {
  public static EntryFilter all() {
    return new EntryFilter(null, null, false, null);
  }

  public static EntryFilter changes() {
    return new EntryFilter(null, null, true, null);
  }
}
