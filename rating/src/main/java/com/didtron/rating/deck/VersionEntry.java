package com.didtron.rating.deck;

import java.math.BigDecimal;

/**
 * One entry of a new deck version with what the import did to it.
 *
 * @param entry the entry as stored in the new version
 * @param flag how the import changed it: the file row's flag, {@link ChangeFlag#CLOSED} for an
 *     entry a Replace closed, null for an entry carried over untouched
 * @param previousRate the rate of the entry it is compared with (file rows with an active entry)
 */
public record VersionEntry(RateEntry entry, ChangeFlag flag, BigDecimal previousRate) {}
