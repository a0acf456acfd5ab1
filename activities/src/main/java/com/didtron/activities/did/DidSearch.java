package com.didtron.activities.did;

import com.didtron.activities.Facade;
import com.didtron.domain.did.NumberType;

/**
 * What a search asks for; every filter is optional. Pages by number: {@code after} is the last
 * number of the previous page (keyset paging stays fast deep into a million numbers).
 *
 * @param country ISO code, upper case
 * @param area the area or city, matched case-insensitively and exactly
 * @param limit 1 to {@link #MAX_LIMIT}
 */
@Facade
public record DidSearch(
    String country, NumberType type, String area, DidPattern pattern, String after, int limit) {
  public static final int MAX_LIMIT = 200;
  public static final int DEFAULT_LIMIT = 50;

  public DidSearch {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
    if (country != null && !country.matches("[A-Za-z]{2}")) {
      throw new IllegalArgumentException("country must be a two-letter ISO code");
    }
    country = country == null ? null : country.toUpperCase(java.util.Locale.ROOT);
    area = area == null || area.isBlank() ? null : area.strip();
    if (after != null && !after.matches("[0-9]{1,15}")) {
      throw new IllegalArgumentException("after must be a number of the previous page");
    }
  }

  /** Builds a search from request parameters as typed (null for absent ones). */
  public static DidSearch of(
      String country, String type, String area, String pattern, String after, Integer limit) {
    NumberType t =
        type == null || type.isBlank()
            ? null
            : NumberType.parse(type)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "type must be GEOGRAPHIC, MOBILE, TOLL_FREE or NATIONAL"));
    return new DidSearch(
        country == null || country.isBlank() ? null : country.strip(),
        t,
        area,
        DidPattern.parse(pattern).orElse(null),
        after == null || after.isBlank() ? null : after.strip(),
        limit == null ? DEFAULT_LIMIT : limit);
  }
}
