package com.didtron.rating.deck;

/**
 * One line of an import preview.
 *
 * @param prefix the prefix concerned
 * @param flag how its price changes
 * @param before the active entry; null for {@link ChangeFlag#NEW}
 * @param after the entry to store: the imported row, or for {@link ChangeFlag#CLOSED} the active
 *     entry with its new end (null when it is withdrawn before it ever applied)
 */
public record PrefixChange(String prefix, ChangeFlag flag, RateEntry before, RateEntry after) {}
