package com.didtron.activities.did;

import com.didtron.activities.Facade;
import com.didtron.domain.did.DidState;
import com.didtron.domain.did.NumberType;

/** The staff list's filters; all optional. {@code after} pages by number like {@link DidSearch}. */
@Facade
public record InventoryFilter(
    String country,
    NumberType type,
    DidState state,
    String provider,
    DidPattern pattern,
    boolean deleted,
    String after,
    int limit) {
  public InventoryFilter {
    if (limit < 1 || limit > 500) {
      throw new IllegalArgumentException("limit must be between 1 and 500");
    }
    country =
        country == null || country.isBlank()
            ? null
            : country.strip().toUpperCase(java.util.Locale.ROOT);
    provider = provider == null || provider.isBlank() ? null : provider.strip();
    after = after == null || after.isBlank() ? null : after.strip();
  }

  public static InventoryFilter all(int limit) {
    return new InventoryFilter(null, null, null, null, null, false, null, limit);
  }
}
