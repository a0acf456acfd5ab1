/**
 * DIDTron rating core: pure Java, no frameworks.
 *
 * <ul>
 *   <li>{@code deck}: the rate deck model, the streaming CSV deck parser with line-numbered errors,
 *       and the import diff (Add vs Replace, change flags);
 *   <li>{@code engine}: decks compiled into an immutable longest-prefix index with effective dates,
 *       the exact billing arithmetic, and the pure rater (CDR + decks → rated call);
 *   <li>{@code cdr}: the call detail record as the rater sees it;
 *   <li>{@code offline}: file-to-file rating (deck CSVs + CDR CSV → rated CSV) behind the CLI;
 *   <li>{@code lcr}: least-cost ranking of carriers in a base currency and loss protection;
 *   <li>{@code csv}: the fast byte-level CSV reader/writer and field parsers shared by the above;
 *   <li>{@code bench}: synthetic data, a straightforward baseline rater and the plain benchmark
 *       report printed by {@code didtron bench rating}.
 * </ul>
 *
 * <p>Money is never a {@code double}: amounts are {@link java.math.BigDecimal} or exact long
 * micro-units (10<sup>-6</sup>) with an exact BigDecimal fallback. The rules are in {@code
 * docs/rating.md}.
 */
package com.didtron.rating;
